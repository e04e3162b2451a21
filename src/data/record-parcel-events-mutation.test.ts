import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ParcelEvent } from "@/domain/parcel-actions";

const rpc = vi.fn<(name: string, args: { events: ParcelEvent[] }) => Promise<unknown>>();
vi.mock("@/data/supabase-client", () => ({ supabase: () => ({ rpc }) }));

const { sendBatch } = await import("@/data/record-parcel-events-mutation");

function events(n: number): ParcelEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    event_id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    parcel_id: "11111111-1111-4111-8111-111111111111",
    expected_version: 1,
    to_stage: "dialogue",
  }));
}

function applyAll(_name: string, { events: sent }: { events: ParcelEvent[] }) {
  return Promise.resolve({
    data: sent.map((e) => ({ event_id: e.event_id, status: "applied", version: "2", code: "applied", message: "Đã ghi nhận." })),
    error: null,
    status: 200,
  });
}

beforeEach(() => {
  rpc.mockReset();
});

describe("sendBatch", () => {
  it("sends the events in one call and returns their answers in order, parsed", async () => {
    rpc.mockImplementation(applyAll);
    const sent = events(3);
    const answers = await sendBatch(sent);
    expect(rpc.mock.calls.map(([name, args]): [string, number] => [name, args.events.length])).toEqual([["record_parcel_events", 3]]);
    expect(answers[2]).toEqual({ event_id: sent[2]!.event_id, status: "applied", version: 2, code: "applied", message: "Đã ghi nhận." });
  });

  it("rejects answers of an unknown shape", async () => {
    rpc.mockResolvedValue({ data: [{ event_id: "x", status: "maybe", version: 1, code: "", message: "" }], error: null, status: 200 });
    await expect(sendBatch(events(1))).rejects.toThrow(/Unexpected data from record_parcel_events/);
  });

  it("rejects a call whose answers do not match the events one to one", async () => {
    rpc.mockResolvedValue({ data: [], error: null, status: 200 });
    await expect(sendBatch(events(1))).rejects.toThrow(/expected 1 answers/);
  });

  it("throws the API's error for a failed call", async () => {
    rpc.mockResolvedValue({ data: null, error: { message: "TypeError: Failed to fetch" }, status: 0 });
    await expect(sendBatch(events(1))).rejects.toThrow(/Failed to fetch/);
  });
});
