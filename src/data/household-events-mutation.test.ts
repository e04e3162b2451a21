import type { SupabaseClient } from "@supabase/supabase-js";
import { describe, expect, it, vi } from "vitest";
import { parseHouseholdAnswers, recordHouseholdEvents } from "@/data/household-events-mutation";
import type { HouseholdEvent } from "@/domain/household-types";
import { MAX_HOUSEHOLD_EVENTS_PER_CALL } from "@/domain/household-types";

function events(n: number): HouseholdEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    eventId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    kind: "party.save",
    id: "11111111-1111-4111-8111-111111111111",
    ...(i === 0 ? { expectedVersion: 2, data: { note: "x" } } : {}),
  }));
}

function fakeClient() {
  const rpc = vi.fn((_name: string, args: { events: { event_id: string }[] }) => Promise.resolve({
    data: args.events.map((e) => ({ event_id: e.event_id, status: "applied", version: "3", code: "applied", message: "Đã ghi nhận." })),
    error: null,
    status: 200,
  }));
  return { client: { rpc } as unknown as SupabaseClient, rpc };
}

describe("recordHouseholdEvents", () => {
  it("sends snake_case events in batches of at most 500 and answers in order", async () => {
    const { client, rpc } = fakeClient();
    const sent = events(MAX_HOUSEHOLD_EVENTS_PER_CALL + 1);
    const answers = await recordHouseholdEvents(client, sent);
    expect(rpc).toHaveBeenCalledTimes(2);
    expect(rpc.mock.calls[0]![1].events[0]).toEqual({
      event_id: sent[0]!.eventId, kind: "party.save", id: sent[0]!.id, expected_version: 2, data: { note: "x" },
    });
    // a field the client left out is not sent as null: null would be another payload on a retry
    expect(rpc.mock.calls[0]![1].events[1]).toEqual({ event_id: sent[1]!.eventId, kind: "party.save", id: sent[1]!.id });
    expect(answers.map((a) => a.eventId)).toEqual(sent.map((e) => e.eventId));
    expect(answers[0]).toEqual({ eventId: sent[0]!.eventId, status: "applied", code: null, message: null, version: 3 });
  });
});

describe("parseHouseholdAnswers", () => {
  it("keeps the code and message of a refusal and reads numeric text", () => {
    expect(parseHouseholdAnswers([{ event_id: "e", status: "conflict", code: "stale_version", message: "Đã cập nhật", version: "4" }], 1))
      .toEqual([{ eventId: "e", status: "conflict", code: "stale_version", message: "Đã cập nhật", version: 4 }]);
  });

  it("refuses an answer count that differs from the events sent", () => {
    expect(() => parseHouseholdAnswers([], 1)).toThrow(/expected 1 answers/);
  });

  it("refuses an unknown status", () => {
    expect(() => parseHouseholdAnswers([{ event_id: "e", status: "ok", code: null, message: null, version: null }], 1)).toThrow();
  });
});
