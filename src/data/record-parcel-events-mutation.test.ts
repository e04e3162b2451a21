import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ParcelEvent } from "@/domain/parcel-actions";

const rpc = vi.fn<(name: string, args: { events: ParcelEvent[] }) => Promise<unknown>>();
vi.mock("@/data/supabase-client", () => ({ supabase: () => ({ rpc }) }));

const { recordParcelEvents, RecordEventsError, sendPlan } = await import("@/data/record-parcel-events-mutation");
const store = await import("@/data/parcel-store");
const { planAction } = await import("@/domain/parcel-actions");

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

describe("recordParcelEvents", () => {
  it("sends at most 5,000 events per call and returns all answers in order, parsed", async () => {
    rpc.mockImplementation(applyAll);
    const sent = events(12_001);
    const answers = await recordParcelEvents(sent);
    expect(rpc.mock.calls.map(([name, args]): [string, number] => [name, args.events.length]))
      .toEqual([["record_parcel_events", 5000], ["record_parcel_events", 5000], ["record_parcel_events", 2001]]);
    expect(answers).toHaveLength(12_001);
    expect(answers[12_000]).toEqual({
      event_id: sent[12_000]!.event_id, status: "applied", version: 2, code: "applied", message: "Đã ghi nhận.",
    });
  });

  it("rejects answers of an unknown shape", async () => {
    rpc.mockResolvedValue({ data: [{ event_id: "x", status: "maybe", version: 1, code: "", message: "" }], error: null, status: 200 });
    await expect(recordParcelEvents(events(1))).rejects.toThrow(/Unexpected data from record_parcel_events/);
  });

  it("rejects a call whose answers do not match the events one to one", async () => {
    rpc.mockResolvedValue({ data: [], error: null, status: 200 });
    await expect(recordParcelEvents(events(1))).rejects.toThrow(/expected 1 answers/);
  });

  it("keeps the answers of earlier batches when a later one fails", async () => {
    rpc.mockImplementationOnce(applyAll)
      .mockResolvedValueOnce({ data: null, error: { message: "TypeError: Failed to fetch" }, status: 0 });
    const error: unknown = await recordParcelEvents(events(5001)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordEventsError);
    expect((error as InstanceType<typeof RecordEventsError>).answered).toHaveLength(5000);
  });
});

describe("sendPlan: the officer's send through the parcel store's pending layer", () => {
  const parcelId = "22222222-2222-4222-8222-222222222222";

  it("shows the events while the call is in flight, then holds the answer's version; a conflict is dropped", async () => {
    store.receiveParcels([{ id: parcelId, projectId: "pr", adminUnitId: "326", areaM2: 10, stage: "dialogue",
      blocked: false, version: 7 }]);
    let answer: (value: unknown) => void = () => undefined;
    rpc.mockImplementation(() => new Promise((resolve) => { answer = resolve; }));
    const plan = planAction([store.getParcel(parcelId)!], { kind: "advance" }, "2026-12-02");
    const sent = sendPlan(plan);
    await Promise.resolve();
    expect(store.getParcel(parcelId)).toMatchObject({ stage: "notice", version: 8 });
    expect(store.getServerParcel(parcelId)).toMatchObject({ stage: "dialogue", version: 7 });
    answer({ data: [{ event_id: plan.changes[0]!.event.event_id, status: "applied", version: 8, code: "applied", message: "" }],
      error: null, status: 200 });
    expect((await sent).counts.applied).toBe(1);
    expect(store.hasPendingEdits(parcelId)).toBe(false);
    expect(store.getServerParcel(parcelId)).toMatchObject({ stage: "notice", version: 8 });

    const next = planAction([store.getParcel(parcelId)!], { kind: "advance" }, "2026-12-02");
    rpc.mockResolvedValue({ data: [{ event_id: next.changes[0]!.event.event_id, status: "conflict", version: 9,
      code: "stale_version", message: "" }], error: null, status: 200 });
    expect((await sendPlan(next)).counts.conflict).toBe(1);
    expect(store.getParcel(parcelId)).toMatchObject({ stage: "notice", version: 8 });
  });

  it("takes the events off the pending layer when the call fails", async () => {
    const id = "33333333-3333-4333-8333-333333333333";
    store.receiveParcels([{ id, projectId: "pr", adminUnitId: "326", areaM2: 10, stage: "dialogue", blocked: false, version: 2 }]);
    rpc.mockResolvedValue({ data: null, error: { message: "TypeError: Failed to fetch" }, status: 0 });
    await expect(sendPlan(planAction([store.getParcel(id)!], { kind: "advance" }, "2026-12-02"))).rejects.toThrow();
    expect(store.hasPendingEdits(id)).toBe(false);
    expect(store.getParcel(id)).toMatchObject({ stage: "dialogue", version: 2 });
  });
});
