import { describe, expect, it } from "vitest";
import type { AnsweredLine, ChangeMeta } from "@/domain/outbox-undo";
import { planUndoOfLines } from "@/domain/outbox-undo";

const before = { id: "p1", stage: "notice", version: 4, areaM2: 100, blocked: false } as const;
const line = (meta: ChangeMeta, more: Partial<AnsweredLine> = {}): AnsweredLine => ({
  event_id: "e1", batch_id: "b1", status: "applied", version: 5,
  event: { event_id: "e1", parcel_id: "p1", expected_version: 4, to_stage: "inventory" }, meta, ...more,
});

describe("planUndoOfLines", () => {
  it("plans the compensating event on the version the change gave, naming the event it reverts", () => {
    let n = 0;
    const undo = planUndoOfLines([line({ before, move: "next", kind: "advance" })], () => `u${++n}`);
    expect(undo?.plan.changes.map((c) => c.event)).toEqual([
      { event_id: "u1", parcel_id: "p1", expected_version: 5, to_stage: "notice", note: "Hoàn tác" },
    ]);
    expect([...undo!.reverts]).toEqual([["u1", "e1"]]);
  });

  it("offers nothing for an undo, a re-applied line only or lines without the parcel as it was", () => {
    expect(planUndoOfLines([line({ before, move: "next", kind: "undo", undoes: "b0" })])).toBeNull();
    expect(planUndoOfLines([line({ before, move: "next", kind: "advance" }, { status: "reapplied", version: null })])).toBeNull();
    expect(planUndoOfLines([{ ...line({ before, move: "next", kind: "advance" }), meta: undefined }])).toBeNull();
  });
});
