import { describe, expect, it } from "vitest";
import type { ActionParcel, ParcelAction, PlannedChange } from "@/domain/parcel-actions";
import type { EventAnswer } from "@/domain/parcel-event-answers";
import { chunk, isValid, newEventId, planAction, redatePlan, setStageNeedsNote, validateAction } from "@/domain/parcel-actions";
import { MAX_EVENTS_PER_CALL, NOTE_MAX, REASON_MAX, RESPONSIBLE_MAX } from "@/domain/limits";
// undo is planned from an action's answers, so its tests share this file's parcels and answers
import { planUndo, UNDO_NOTE } from "@/domain/parcel-undo";
import { classifyAnswers, stateAfter } from "@/domain/parcel-event-answers";
import type { StageId } from "@/domain/stages";

const TODAY = "2026-12-01";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function parcel(id: string, stage: StageId, extra: Partial<ActionParcel> = {}): ActionParcel {
  return {
    id, stage, version: 3, areaM2: 1000, blocked: false, blockerReason: null, blockerResponsible: null, ...extra,
  };
}

/** Deterministic event ids e1, e2, … */
function ids() {
  let n = 0;
  return () => `e${++n}`;
}

function answer(change: PlannedChange, status: EventAnswer["status"], extra: Partial<EventAnswer> = {}): EventAnswer {
  return {
    event_id: change.event.event_id, status, version: status === "applied" ? change.before.version + 1 : 9,
    code: status, message: `m-${status}`, ...extra,
  };
}

describe("newEventId", () => {
  it("makes distinct v4 UUIDs", () => {
    const a = newEventId();
    expect(a).toMatch(UUID);
    expect(newEventId()).not.toBe(a);
  });

  it("falls back to getRandomValues where randomUUID is missing (plain http)", () => {
    // an own property shadows Crypto.prototype.randomUUID; deleting it brings the method back
    Object.defineProperty(globalThis.crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      expect(newEventId()).toMatch(UUID);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof globalThis.crypto.randomUUID).toBe("function");
  });
});

describe("planAction: advance", () => {
  it("moves each parcel to its next stage with its version and a fresh id", () => {
    const plan = planAction([parcel("a", "not_started"), parcel("b", "inventory", { version: 7 })], { kind: "advance" }, TODAY);
    expect(plan.changes.map(({ event: { event_id: _, ...rest } }) => rest)).toEqual([
      { parcel_id: "a", expected_version: 3, to_stage: "dialogue" },
      { parcel_id: "b", expected_version: 7, to_stage: "plan_approved" },
    ]);
    for (const c of plan.changes) expect(c.event.event_id).toMatch(UUID);
    expect(plan.changes.every((c) => c.move === "next")).toBe(true);
    expect(new Set(plan.changes.map((c) => c.event.event_id)).size).toBe(2);
  });

  it("skips and reports parcels already handed over", () => {
    const plan = planAction(
      [parcel("a", "handed_over"), parcel("b", "compensated", { areaM2: 2500 }), parcel("c", "handed_over")],
      { kind: "advance" }, TODAY, ids());
    expect(plan.changes.map((c) => [c.event.parcel_id, c.event.to_stage])).toEqual([["b", "handed_over"]]);
    expect(plan.skipped).toEqual([
      { parcelId: "a", reason: "at_last_stage" },
      { parcelId: "c", reason: "at_last_stage" },
    ]);
    expect(plan.summary).toMatchObject({ count: 1, areaM2: 2500, skipped: { at_last_stage: 2 } });
  });

  it("adds a trimmed note when one is given, and none when it is blank", () => {
    expect(planAction([parcel("a", "dialogue")], { kind: "advance", note: "  họp ngày 3/12 " }, TODAY, ids()).changes[0]!.event)
      .toEqual({ event_id: "e1", parcel_id: "a", expected_version: 3, to_stage: "notice", note: "họp ngày 3/12" });
    expect(planAction([parcel("a", "dialogue")], { kind: "advance", note: "   " }, TODAY, ids()).changes[0]!.event)
      .not.toHaveProperty("note");
  });

  it("counts a parcel selected twice once", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("a", "dialogue")], { kind: "advance" }, TODAY, ids());
    expect(plan.summary.count).toBe(1);
  });

  it("groups the moves by from → to, in stage order, with counts and areas for the confirmation", () => {
    const plan = planAction(
      [parcel("c", "notice", { areaM2: 50 }), parcel("a", "dialogue", { areaM2: 100 }), parcel("b", "dialogue", { areaM2: 200 })],
      { kind: "advance" }, TODAY, ids());
    expect(plan.summary).toEqual({
      count: 3, areaM2: 350, skipped: {},
      transitions: [
        { from: "dialogue", to: "notice", move: "next", count: 2, areaM2: 300 },
        { from: "notice", to: "inventory", move: "next", count: 1, areaM2: 50 },
      ],
    });
  });

  it("plans nothing for an empty selection", () => {
    expect(planAction([], { kind: "advance" }, TODAY).summary).toEqual({ count: 0, areaM2: 0, transitions: [], skipped: {} });
  });
});

describe("planAction: setStage", () => {
  const action = (to: StageId, note = ""): ParcelAction => ({ kind: "setStage", to, note });

  it("sets the chosen stage and leaves out parcels already there", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("b", "notice")], action("notice"), TODAY, ids());
    expect(plan.changes.map((c) => c.event)).toEqual([
      { event_id: "e1", parcel_id: "a", expected_version: 3, to_stage: "notice" },
    ]);
    expect(plan.skipped).toEqual([{ parcelId: "b", reason: "already_at_stage" }]);
  });

  it("classifies skips and backward moves and carries the note", () => {
    const plan = planAction(
      [parcel("a", "not_started"), parcel("b", "compensated"), parcel("c", "recovery_decided")],
      action("compensated", "Nhập nhầm, sửa lại"), TODAY, ids());
    expect(plan.changes.map((c) => [c.event.parcel_id, c.move, c.event.note])).toEqual([
      ["a", "skip", "Nhập nhầm, sửa lại"],
      ["c", "next", "Nhập nhầm, sửa lại"],
    ]);
    const back = planAction([parcel("a", "handed_over")], action("notice", "Sửa"), TODAY, ids());
    expect(back.summary.transitions).toEqual([{ from: "handed_over", to: "notice", move: "backward", count: 1, areaM2: 1000 }]);
  });

  it("requires a note when any move skips stages or goes back, not for next moves", () => {
    expect(validateAction([parcel("a", "dialogue")], action("notice"), TODAY)).toEqual({});
    expect(validateAction([parcel("a", "dialogue"), parcel("b", "not_started")], action("notice"), TODAY))
      .toEqual({ note: "note_required" });
    expect(validateAction([parcel("a", "inventory")], action("notice"), TODAY)).toEqual({ note: "note_required" });
    expect(validateAction([parcel("a", "inventory")], action("notice", "   "), TODAY)).toEqual({ note: "note_required" });
    expect(validateAction([parcel("a", "inventory")], action("notice", "Sửa sai"), TODAY)).toEqual({});
    expect(setStageNeedsNote([parcel("a", "notice")], "notice")).toBe(false);
    expect(setStageNeedsNote([parcel("a", "notice"), parcel("b", "handed_over")], "compensated")).toBe(true);
  });

  it("limits notes to 2,000 characters", () => {
    expect(validateAction([parcel("a", "dialogue")], action("notice", "x".repeat(NOTE_MAX)), TODAY)).toEqual({});
    expect(validateAction([parcel("a", "dialogue")], action("notice", "x".repeat(NOTE_MAX + 1)), TODAY))
      .toEqual({ note: "note_too_long" });
  });
});

describe("planAction: blockers and notes", () => {
  const blocker = { kind: "setBlocker", reason: " Tranh chấp nguồn gốc đất ", responsible: " UBND xã Mễ Sở " } as const;

  it("sets a trimmed blocker, leaving out parcels that already have exactly it", () => {
    const same = parcel("b", "notice", {
      blocked: true, blockerReason: "Tranh chấp nguồn gốc đất", blockerResponsible: "UBND xã Mễ Sở",
    });
    const other = parcel("c", "notice", { blocked: true, blockerReason: "Mồ mả", blockerResponsible: "UBND xã Mễ Sở" });
    const plan = planAction([parcel("a", "dialogue"), same, other], blocker, TODAY, ids());
    expect(plan.changes.map((c) => c.event)).toEqual([
      { event_id: "e1", parcel_id: "a", expected_version: 3, blocker: { reason: "Tranh chấp nguồn gốc đất", responsible: "UBND xã Mễ Sở" } },
      { event_id: "e2", parcel_id: "c", expected_version: 3, blocker: { reason: "Tranh chấp nguồn gốc đất", responsible: "UBND xã Mễ Sở" } },
    ]);
    expect(plan.changes.every((c) => c.move === null)).toBe(true);
    expect(plan.summary.transitions).toEqual([]);
    expect(plan.skipped).toEqual([{ parcelId: "b", reason: "same_blocker" }]);
  });

  it("requires a reason and who must act, within the database's limits", () => {
    const p = [parcel("a", "dialogue")];
    expect(validateAction(p, blocker, TODAY)).toEqual({});
    expect(validateAction(p, { kind: "setBlocker", reason: "  ", responsible: "" }, TODAY))
      .toEqual({ reason: "reason_required", responsible: "responsible_required" });
    expect(validateAction(p, { kind: "setBlocker", reason: "x".repeat(REASON_MAX + 1), responsible: "y".repeat(RESPONSIBLE_MAX + 1) }, TODAY))
      .toEqual({ reason: "reason_too_long", responsible: "responsible_too_long" });
    expect(isValid({})).toBe(true);
    expect(isValid({ responsible: "responsible_required" })).toBe(false);
  });

  it("clears blockers only where there is one", () => {
    const plan = planAction(
      [parcel("a", "dialogue"), parcel("b", "notice", { blocked: true, blockerReason: "r", blockerResponsible: "s" })],
      { kind: "clearBlocker" }, TODAY, ids());
    expect(plan.changes.map((c) => c.event)).toEqual([{ event_id: "e1", parcel_id: "b", expected_version: 3, blocker: null }]);
    expect(plan.skipped).toEqual([{ parcelId: "a", reason: "not_blocked" }]);
  });

  it("adds a note to every parcel and requires its text", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("b", "handed_over")], { kind: "addNote", note: " Hẹn gặp lại " }, TODAY, ids());
    expect(plan.changes.map((c) => c.event.note)).toEqual(["Hẹn gặp lại", "Hẹn gặp lại"]);
    expect(plan.changes.map((c) => c.event.to_stage)).toEqual([undefined, undefined]);
    expect(validateAction([parcel("a", "dialogue")], { kind: "addNote", note: " " }, TODAY)).toEqual({ note: "note_required" });
  });
});

describe("classifyAnswers", () => {
  const plan = planAction(
    ["a", "b", "c", "d", "e", "f"].map((id, i) => parcel(id, "dialogue", { areaM2: 100 * (i + 1) })),
    { kind: "advance" }, TODAY, ids());
  const [a, b, c, d, e, f] = plan.changes as [PlannedChange, PlannedChange, PlannedChange, PlannedChange, PlannedChange, PlannedChange];

  it("sorts answers by status with counts, the applied area and the new parcel states", () => {
    const outcome = classifyAnswers(plan.changes, [
      answer(a, "applied"), answer(b, "duplicate"), answer(c, "conflict", { code: "stale_version" }),
      answer(d, "denied", { code: "outside_area" }), answer(e, "invalid", { code: "skip_without_note" }),
      answer(f, "conflict", { code: "stale_version", message: "other" }),
    ]);
    expect(outcome.counts).toEqual({ applied: 1, duplicate: 1, conflict: 2, denied: 1, invalid: 1 });
    expect(outcome.appliedAreaM2).toBe(100);
    expect(outcome.applied).toEqual([
      { id: "a", version: 4, stage: "notice", blocked: false, blockerReason: null, blockerResponsible: null },
    ]);
    expect(outcome.problems.map((g) => [g.status, g.code, g.message, g.items.map((i) => i.change.before.id)])).toEqual([
      ["conflict", "stale_version", "m-conflict", ["c", "f"]],
      ["denied", "outside_area", "m-denied", ["d"]],
      ["invalid", "skip_without_note", "m-invalid", ["e"]],
    ]);
    expect(outcome.unanswered).toEqual([]);
  });

  it("pairs answers by event id, falls back to position for answers without id, and lists the unanswered", () => {
    const outcome = classifyAnswers(plan.changes, [
      answer(b, "applied"), { ...answer(b, "invalid"), event_id: null },
    ]);
    expect(outcome.byStatus.applied.map((x) => x.change.before.id)).toEqual(["b"]);
    expect(outcome.counts.invalid).toBe(0); // position 1 is b, already answered
    expect(outcome.unanswered.map((x) => x.before.id)).toEqual(["a", "c", "d", "e", "f"]);
    const positional = classifyAnswers(plan.changes, [{ ...answer(a, "invalid"), event_id: null }]);
    expect(positional.byStatus.invalid.map((x) => x.change.before.id)).toEqual(["a"]);
  });

  it("does not patch an applied answer without version", () => {
    expect(classifyAnswers([a], [answer(a, "applied", { version: null })]).applied).toEqual([]);
  });

  it("computes blocker states after blocker events", () => {
    const set = planAction([parcel("x", "notice")], { kind: "setBlocker", reason: "r", responsible: "s" }, TODAY, ids()).changes[0]!;
    expect(stateAfter(set, 4)).toMatchObject({ stage: "notice", blocked: true, blockerReason: "r", blockerResponsible: "s" });
    const cleared = planAction([parcel("x", "notice", { blocked: true, blockerReason: "r", blockerResponsible: "s" })],
      { kind: "clearBlocker" }, TODAY, ids()).changes[0]!;
    expect(stateAfter(cleared, 4)).toMatchObject({ blocked: false, blockerReason: null, blockerResponsible: null });
  });
});

describe("planUndo (parcel-undo.ts)", () => {
  it("moves applied parcels back with a note, expecting the versions the answers returned", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("b", "notice"), parcel("c", "handed_over")], { kind: "advance" }, TODAY, ids());
    const [a, b] = plan.changes as [PlannedChange, PlannedChange];
    const outcome = classifyAnswers(plan.changes, [answer(a, "applied", { version: 4 }), answer(b, "conflict")]);
    const undo = planUndo(outcome, UNDO_NOTE, ids());
    expect(undo.action).toEqual({ kind: "undo" });
    expect(undo.changes.map((c) => c.event)).toEqual([
      { event_id: "e1", parcel_id: "a", expected_version: 4, to_stage: "dialogue", note: "Hoàn tác" },
    ]);
    expect(undo.changes[0]!.move).toBe("backward");
    expect(undo.changes[0]!.before).toMatchObject({ id: "a", stage: "notice", version: 4 });
    expect(undo.summary).toMatchObject({ count: 1, areaM2: 1000 });
  });

  it("restores the previous blocker, or clears one that did not exist", () => {
    const was = { blocked: true, blockerReason: "Mồ mả", blockerResponsible: "Xã" };
    const plan = planAction([parcel("a", "notice"), parcel("b", "notice", was)],
      { kind: "setBlocker", reason: "Giá", responsible: "Huyện" }, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    expect(planUndo(outcome, UNDO_NOTE, ids()).changes.map((c) => c.event)).toEqual([
      { event_id: "e1", parcel_id: "a", expected_version: 4, note: "Hoàn tác", blocker: null },
      { event_id: "e2", parcel_id: "b", expected_version: 4, note: "Hoàn tác", blocker: { reason: "Mồ mả", responsible: "Xã" } },
    ]);
  });

  it("puts a cleared blocker back", () => {
    const plan = planAction([parcel("a", "notice", { blocked: true, blockerReason: "r", blockerResponsible: "s" })],
      { kind: "clearBlocker" }, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    expect(planUndo(outcome, UNDO_NOTE, ids()).changes[0]!.event.blocker).toEqual({ reason: "r", responsible: "s" });
  });

  it("answers a note with a note withdrawing it (history is never erased)", () => {
    const plan = planAction([parcel("a", "notice")], { kind: "addNote", note: "Chủ hộ vắng" }, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    expect(planUndo(outcome, UNDO_NOTE, ids()).changes[0]!.event).toEqual({
      event_id: "e1", parcel_id: "a", expected_version: 4, note: "Hoàn tác: Chủ hộ vắng",
    });
  });

  it("cannot restore a blocker that had no reason, and says so", () => {
    const plan = planAction([parcel("a", "notice", { blocked: true })], { kind: "clearBlocker" }, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    const undo = planUndo(outcome, UNDO_NOTE, ids());
    expect(undo.changes).toEqual([]);
    expect(undo.skipped).toEqual([{ parcelId: "a", reason: "cannot_restore" }]);
  });

  it("undoes a set-stage move forward in one step back, and a backward correction forward again", () => {
    const plan = planAction([parcel("a", "handed_over")], { kind: "setStage", to: "dialogue", note: "Sửa" }, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    const undo = planUndo(outcome, UNDO_NOTE, ids());
    expect(undo.changes[0]!.event).toMatchObject({ to_stage: "handed_over", note: "Hoàn tác" });
    expect(undo.changes[0]!.move).toBe("skip");
  });
});

describe("the day of the act", () => {
  const backdated = { kind: "setStage", to: "notice", note: "", actedOn: "2026-11-24" } as const;

  it("dates every event of a past day's action with that day's last second in Hưng Yên", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("b", "dialogue"), parcel("c", "notice")], backdated, TODAY, ids());
    expect(plan.changes.map((c) => c.event)).toEqual([
      { event_id: "e1", parcel_id: "a", expected_version: 3, to_stage: "notice", occurred_at: "2026-11-24T23:59:59+07:00" },
      { event_id: "e2", parcel_id: "b", expected_version: 3, to_stage: "notice", occurred_at: "2026-11-24T23:59:59+07:00" },
    ]);
    expect(plan.skipped).toEqual([{ parcelId: "c", reason: "already_at_stage" }]);
    expect(plan.actedOn).toEqual({ day: "2026-11-24", isToday: false });
  });

  it("leaves occurred_at out for today, chosen or by default (the server stamps now())", () => {
    for (const action of [{ kind: "addNote", note: "n", actedOn: TODAY }, { kind: "addNote", note: "n" }] as const) {
      const plan = planAction([parcel("a", "dialogue")], action, TODAY, ids());
      expect(plan.changes[0]!.event).not.toHaveProperty("occurred_at");
      expect(plan.actedOn).toEqual({ day: TODAY, isToday: true });
    }
  });

  it("dates blockers and notes as stage moves", () => {
    const p = [parcel("a", "notice", { blocked: true, blockerReason: "r", blockerResponsible: "s" })];
    for (const action of [
      { kind: "advance", actedOn: "2026-11-30" },
      { kind: "setBlocker", reason: "x", responsible: "y", actedOn: "2026-11-30" },
      { kind: "clearBlocker", actedOn: "2026-11-30" },
      { kind: "addNote", note: "n", actedOn: "2026-11-30" },
    ] as const) {
      expect(planAction(p, action, TODAY, ids()).changes[0]!.event.occurred_at, action.kind).toBe("2026-11-30T23:59:59+07:00");
    }
  });

  it("finds the day's problems beside the others", () => {
    const p = [parcel("a", "dialogue")];
    expect(validateAction(p, { ...backdated, actedOn: "2026-12-02" }, TODAY)).toEqual({ date: "date_future" });
    expect(validateAction(p, { kind: "addNote", note: "", actedOn: "" }, TODAY)).toEqual({ note: "note_required", date: "date_required" });
    expect(validateAction(p, { kind: "clearBlocker", actedOn: "1999-12-31" }, TODAY)).toEqual({ date: "date_too_early" });
    expect(isValid({ date: "date_invalid" })).toBe(false);
    expect(validateAction(p, backdated, TODAY)).toEqual({});
    // the same day is in the future for a device that is still on yesterday
    expect(validateAction(p, { ...backdated, actedOn: TODAY }, "2026-11-30")).toEqual({ date: "date_future" });
  });

  it("refuses to plan a day the rules refuse", () => {
    expect(() => planAction([parcel("a", "dialogue")], { ...backdated, actedOn: "2026-12-02" }, TODAY, ids())).toThrow(RangeError);
  });

  it("redates a confirmed plan: the same changes with fresh ids, or the very plan for the same day", () => {
    const plan = planAction([parcel("a", "dialogue"), parcel("b", "handed_over")], { kind: "advance" }, TODAY, ids());
    expect(redatePlan(plan, TODAY, TODAY)).toBe(plan);
    const past = redatePlan(plan, "2026-11-20", TODAY, () => "r1");
    expect(past.changes.map((c) => c.event)).toEqual([
      { event_id: "r1", parcel_id: "a", expected_version: 3, to_stage: "notice", occurred_at: "2026-11-20T23:59:59+07:00" },
    ]);
    expect(past).toMatchObject({ action: { kind: "advance", actedOn: "2026-11-20" }, actedOn: { day: "2026-11-20", isToday: false } });
    expect(past.skipped).toBe(plan.skipped);
    expect(past.summary).toBe(plan.summary);
    const back = redatePlan(past, TODAY, TODAY, () => "r2");
    expect(back.changes[0]!.event).toEqual({ event_id: "r2", parcel_id: "a", expected_version: 3, to_stage: "notice" });
    expect(() => redatePlan(plan, "2026-12-02", TODAY)).toThrow(RangeError);
  });

  it("undoes a backdated action now: the compensating events carry no date", () => {
    const plan = planAction([parcel("a", "dialogue")], backdated, TODAY, ids());
    const outcome = classifyAnswers(plan.changes, plan.changes.map((c) => answer(c, "applied")));
    const undo = planUndo(outcome, UNDO_NOTE, ids());
    expect(undo.changes[0]!.event).toEqual({ event_id: "e1", parcel_id: "a", expected_version: 4, to_stage: "dialogue", note: "Hoàn tác" });
    expect(undo.actedOn).toBeNull();
    expect(() => redatePlan(undo, "2026-11-20", TODAY)).toThrow(/undo/);
  });
});

describe("chunk", () => {
  it("splits into batches of at most the size, keeping order", () => {
    const items = Array.from({ length: 12_001 }, (_, i) => i);
    const batches = chunk(items, MAX_EVENTS_PER_CALL);
    expect(batches.map((b) => b.length)).toEqual([5000, 5000, 2001]);
    expect(batches.flat()).toEqual(items);
    expect(chunk([], MAX_EVENTS_PER_CALL)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});
