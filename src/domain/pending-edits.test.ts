import { describe, expect, it } from "vitest";
import type { ParcelEvent } from "@/domain/parcel-actions";
import type { EditableState } from "@/domain/pending-edits";
import { applyParcelEvent, withPendingEdits } from "@/domain/pending-edits";
import { PENDING_EDITS_CASES, reduceBatch } from "../../tests/cases/pending-edits-cases";

const withIds = (events: readonly Omit<ParcelEvent, "event_id" | "parcel_id">[]): ParcelEvent[] =>
  events.map((e, i) => ({ ...e, event_id: `e${i}`, parcel_id: "p" }));

describe("applyParcelEvent: the server's rules (cases shared with tests/api/pending-edits.test.ts)", () => {
  for (const c of PENDING_EDITS_CASES) {
    it(c.name, () => {
      expect(reduceBatch(c.start, withIds(c.events))).toEqual({ answers: c.answers, end: c.end });
    });
  }

  it("refuses what a typed event can still get wrong: an unknown stage, a bad version, a note too long", () => {
    const start: EditableState = { version: 1, stage: "dialogue", blocked: false, blockerReason: null, blockerResponsible: null };
    const one = (e: Partial<ParcelEvent>) => applyParcelEvent(start, { event_id: "e", parcel_id: "p", expected_version: 1, ...e });
    expect(one({ to_stage: "bogus" as never })).toEqual({ status: "invalid", code: "unknown_stage" });
    expect(one({ expected_version: 0, to_stage: "notice" })).toEqual({ status: "invalid", code: "bad_expected_version" });
    expect(one({ note: "x".repeat(2001) })).toEqual({ status: "invalid", code: "bad_note" });
  });

  it("keeps fields it does not know about and leaves a blocker not loaded as it is when the event does not touch it", () => {
    const start = { id: "p", version: 2, stage: "notice" as const, blocked: true, geometry: undefined, label: "x" };
    const verdict = applyParcelEvent(start, { event_id: "e", parcel_id: "p", expected_version: 2, to_stage: "inventory" });
    expect(verdict).toEqual({ status: "applied", parcel: { ...start, stage: "inventory", version: 3 } });
  });
});

describe("withPendingEdits", () => {
  const server: EditableState = { version: 4, stage: "notice", blocked: false, blockerReason: null, blockerResponsible: null };

  it("shows the server state when nothing is pending", () => {
    expect(withPendingEdits(server, [])).toBe(server);
  });

  it("applies the pending events in order", () => {
    const shown = withPendingEdits(server, withIds([
      { expected_version: 4, to_stage: "inventory" },
      { expected_version: 5, blocker: { reason: "Chưa kiểm đếm xong", responsible: "Tổ công tác" } },
    ]));
    expect(shown).toEqual({ version: 6, stage: "inventory", blocked: true, blockerReason: "Chưa kiểm đếm xong",
      blockerResponsible: "Tổ công tác" });
  });

  it("shows nothing of an event the server will refuse: the server moved on (e.g. the change feed brought the write)", () => {
    const moved = { ...server, version: 5, stage: "inventory" as const };
    expect(withPendingEdits(moved, withIds([{ expected_version: 4, to_stage: "inventory" }]))).toBe(moved);
  });
});
