// Cases of the pending-edits reducer (src/domain/pending-edits.ts), shared by its unit test and
// by tests/api/pending-edits.test.ts, which sends each case to the real record_parcel_events and
// compares the server's answers and resulting parcel with the reducer's. Each case is one parcel
// in a start state and a batch of events sent in one call (the server applies them in order).

import type { ParcelEvent } from "@/domain/parcel-actions";
import type { EditableState } from "@/domain/pending-edits";
import { applyParcelEvent } from "@/domain/pending-edits";
import type { StageId } from "@/domain/stages";

/** A parcel's state as the cases write it. */
export interface CaseState {
  readonly stage: StageId;
  readonly version: number;
  readonly blocked: boolean;
  readonly blockerReason: string | null;
  readonly blockerResponsible: string | null;
}

/** An event of a case: a ParcelEvent without its ids (each run gives fresh ones). */
export type CaseEvent = Omit<ParcelEvent, "event_id" | "parcel_id">;

export interface PendingEditsCase {
  readonly name: string;
  readonly start: CaseState;
  readonly events: readonly CaseEvent[];
  /** Per event: "applied", or "<status>:<code>" for one that does not apply. */
  readonly answers: readonly string[];
  readonly end: CaseState;
}

const fresh = (stage: StageId, version = 1): CaseState =>
  ({ stage, version, blocked: false, blockerReason: null, blockerResponsible: null });
const blockedAt = (stage: StageId, version: number, reason: string, responsible: string): CaseState =>
  ({ stage, version, blocked: true, blockerReason: reason, blockerResponsible: responsible });

export const PENDING_EDITS_CASES: readonly PendingEditsCase[] = [
  {
    name: "a move to the next stage applies",
    start: fresh("not_started"),
    events: [{ expected_version: 1, to_stage: "dialogue" }],
    answers: ["applied"],
    end: fresh("dialogue", 2),
  },
  {
    name: "a skip forward without a note is refused, with a note it applies",
    start: fresh("dialogue", 3),
    events: [
      { expected_version: 3, to_stage: "plan_approved" },
      { expected_version: 3, to_stage: "plan_approved", note: "Gộp bước theo chỉ đạo" },
    ],
    answers: ["invalid:skip_without_note", "applied"],
    end: fresh("plan_approved", 4),
  },
  {
    name: "a move back needs a note",
    start: fresh("inventory", 2),
    events: [
      { expected_version: 2, to_stage: "notice" },
      { expected_version: 2, to_stage: "notice", note: "  Kiểm đếm lại  " },
    ],
    answers: ["invalid:backward_without_note", "applied"],
    end: fresh("notice", 3),
  },
  {
    name: "the stage it is at, without note or blocker, changes nothing",
    start: fresh("notice", 2),
    events: [{ expected_version: 2, to_stage: "notice" }],
    answers: ["invalid:no_change"],
    end: fresh("notice", 2),
  },
  {
    name: "a stale expected_version is a conflict; the next event on the right version applies",
    start: fresh("dialogue", 4),
    events: [{ expected_version: 3, to_stage: "notice" }, { expected_version: 4, to_stage: "notice" }],
    answers: ["conflict:stale_version", "applied"],
    end: fresh("notice", 5),
  },
  {
    name: "events of one batch follow each other: the second expects the version the first made",
    start: fresh("not_started"),
    events: [
      { expected_version: 1, to_stage: "dialogue" },
      { expected_version: 2, to_stage: "notice" },
      { expected_version: 2, to_stage: "inventory" },
    ],
    answers: ["applied", "applied", "conflict:stale_version"],
    end: fresh("notice", 3),
  },
  {
    name: "a blocker is set trimmed, keeping the stage",
    start: fresh("inventory", 2),
    events: [{ expected_version: 2, blocker: { reason: " Hộ dân chưa đồng ý giá ", responsible: "UBND xã " } }],
    answers: ["applied"],
    end: blockedAt("inventory", 3, "Hộ dân chưa đồng ý giá", "UBND xã"),
  },
  {
    name: "a blocker replaces another, and null clears it",
    start: blockedAt("notice", 5, "Tranh chấp ranh giới", "Phòng TN&MT"),
    events: [
      { expected_version: 5, blocker: { reason: "Chờ trích đo", responsible: "Văn phòng đăng ký đất đai" } },
      { expected_version: 6, blocker: null },
    ],
    answers: ["applied", "applied"],
    end: fresh("notice", 7),
  },
  {
    name: "a blocker needs a reason and who must act",
    start: fresh("dialogue", 2),
    events: [
      { expected_version: 2, blocker: { reason: "   ", responsible: "UBND xã" } },
      { expected_version: 2, blocker: { reason: "Chưa rõ", responsible: "" } },
    ],
    answers: ["invalid:bad_blocker", "invalid:bad_blocker"],
    end: fresh("dialogue", 2),
  },
  {
    name: "a blocker on the stage it is at applies without a note",
    start: fresh("compensated", 2),
    events: [{ expected_version: 2, to_stage: "compensated", blocker: { reason: "Chưa nhận tiền", responsible: "Hộ dân" } }],
    answers: ["applied"],
    end: blockedAt("compensated", 3, "Chưa nhận tiền", "Hộ dân"),
  },
  {
    name: "a note alone changes no state but takes a version",
    start: blockedAt("plan_approved", 3, "Khiếu nại", "Thanh tra huyện"),
    events: [{ expected_version: 3, note: "Đã gặp hộ dân lần 2" }],
    answers: ["applied"],
    end: blockedAt("plan_approved", 4, "Khiếu nại", "Thanh tra huyện"),
  },
  {
    name: "a blank note is no event",
    start: fresh("dialogue"),
    events: [{ expected_version: 1, note: "   " }],
    answers: ["invalid:empty_event"],
    end: fresh("dialogue"),
  },
  {
    name: "a move and a cleared blocker in one event, handed over",
    start: blockedAt("compensated", 4, "Chưa bàn giao", "Hộ dân"),
    events: [{ expected_version: 4, to_stage: "handed_over", blocker: null, note: "Đã bàn giao" }],
    answers: ["applied"],
    end: fresh("handed_over", 5),
  },
  {
    name: "a refused event leaves the next one its version",
    start: fresh("recovery_decided", 2),
    events: [
      { expected_version: 2, to_stage: "dialogue" },
      { expected_version: 2, note: "Chờ kinh phí" },
      { expected_version: 3, to_stage: "compensated" },
    ],
    answers: ["invalid:backward_without_note", "applied", "applied"],
    end: fresh("compensated", 4),
  },
  {
    name: "a stage that does not exist is refused",
    start: fresh("dialogue", 2),
    events: [{ expected_version: 2, to_stage: "surveyed" as StageId }],
    answers: ["invalid:unknown_stage"],
    end: fresh("dialogue", 2),
  },
  {
    name: "a note, a reason or who must act longer than the database takes is refused",
    start: fresh("notice", 2),
    events: [
      { expected_version: 2, note: "x".repeat(2001) },
      { expected_version: 2, blocker: { reason: "x".repeat(501), responsible: "UBND xã" } },
      { expected_version: 2, blocker: { reason: "Chưa rõ", responsible: "x".repeat(201) } },
      { expected_version: 2, note: "x".repeat(2000) },
    ],
    answers: ["invalid:bad_note", "invalid:bad_blocker", "invalid:bad_blocker", "applied"],
    end: fresh("notice", 3),
  },
];

/** The reducer's answers ("applied" or "status:code") and end state for a batch, applied in order as the server does. */
export function reduceBatch(start: EditableState, events: readonly ParcelEvent[]) {
  let state = start;
  const answers = events.map((event) => {
    const verdict = applyParcelEvent(state, event);
    if (verdict.status !== "applied") return `${verdict.status}:${verdict.code}`;
    state = verdict.parcel;
    return "applied";
  });
  return { answers, end: state };
}
