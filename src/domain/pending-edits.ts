// The officer's edits that are waiting for the server's answer, laid over the server's state:
// what the screen shows is each parcel's server state with its pending events applied, by the
// same rules record_parcel_events applies (supabase/migrations/20261202090100_write_path.sql).
// Pure. tests/cases/pending-edits-cases.ts holds cases checked both here (unit test) and against
// the real function (tests/api/pending-edits.test.ts), so the two cannot drift apart unseen.

import { NOTE_MAX, REASON_MAX, RESPONSIBLE_MAX } from "@/domain/limits";
import type { ParcelEvent } from "@/domain/parcel-actions";
import type { StageId } from "@/domain/stages";
import { isStageId, stageById } from "@/domain/stages";

/** The part of a parcel the rules read and change. */
export interface EditableState {
  readonly version: number;
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly blockerReason?: string | null;
  readonly blockerResponsible?: string | null;
}

/** The codes the server answers an event with that does not apply, for the rules decided here. */
export type RefusalCode =
  | "unknown_stage" | "bad_expected_version" | "bad_blocker" | "bad_note" | "empty_event"
  | "stale_version" | "skip_without_note" | "backward_without_note" | "no_change";

/** What the server does with one event on a parcel the caller may change. */
export type EventVerdict<P extends EditableState> =
  | { readonly status: "applied"; readonly parcel: P }
  | { readonly status: "conflict" | "invalid"; readonly code: RefusalCode };

/** The server trims with btrim, which removes spaces only. */
const btrim = (text: string) => text.replace(/^ +| +$/g, "");

/** The event's note as the server stores it: trimmed, null when blank. */
function noteOf(event: ParcelEvent): string | null {
  return typeof event.note === "string" && btrim(event.note) !== "" ? btrim(event.note) : null;
}

/** The shape problems the server answers "invalid" before it looks at the parcel (the ones a typed event can have). */
function shapeProblem(event: ParcelEvent): RefusalCode | null {
  const v = event.expected_version;
  if (!Number.isInteger(v) || v < 1 || v > 999_999_999) return "bad_expected_version";
  if (event.to_stage !== undefined && !isStageId(event.to_stage)) return "unknown_stage";
  const blocker = event.blocker;
  if (blocker !== undefined && blocker !== null) {
    if (typeof blocker.reason !== "string" || btrim(blocker.reason) === "" ||
      typeof blocker.responsible !== "string" || btrim(blocker.responsible) === "") return "bad_blocker";
    if (blocker.reason.length > REASON_MAX || blocker.responsible.length > RESPONSIBLE_MAX) return "bad_blocker";
  }
  if (typeof event.note === "string" && event.note.length > NOTE_MAX) return "bad_note";
  if (event.to_stage === undefined && blocker === undefined && noteOf(event) === null) return "empty_event";
  return null;
}

/**
 * What record_parcel_events does with `event` on a parcel in `state` that the caller may change:
 * - the event's shape first (a stage that does not exist, a blocker without reason or without who
 *   must act, a note too long, an event that changes nothing at all): invalid;
 * - then expected_version must be the parcel's version, else conflict (stale_version);
 * - a move to the next stage, or a blocker or note on the same stage, applies as it is; a skip
 *   forward or a move back needs a note; "to the stage it is at" without a note or blocker
 *   changes nothing (invalid, no_change);
 * - a blocker object sets the blocker (trimmed), null lifts it, absent leaves it; a note alone
 *   changes no state but is an event all the same: the version goes up by one.
 * Not decided here: access (denied), event ids seen before (duplicate), and dates before the
 * parcel's previous event (the client does not hold them).
 */
export function applyParcelEvent<P extends EditableState>(state: P, event: ParcelEvent): EventVerdict<P> {
  const shape = shapeProblem(event);
  if (shape) return { status: "invalid", code: shape };
  if (event.expected_version !== state.version) return { status: "conflict", code: "stale_version" };
  const note = noteOf(event);
  const to = event.to_stage ?? state.stage;
  const step = stageById(to).position - stageById(state.stage).position;
  if (step !== 0 && step !== 1 && note === null) {
    return { status: "invalid", code: step < 0 ? "backward_without_note" : "skip_without_note" };
  }
  if (step === 0 && note === null && event.blocker === undefined) return { status: "invalid", code: "no_change" };
  const blocker = event.blocker;
  const blockerState = blocker === undefined ? {} : {
    blocked: blocker !== null,
    blockerReason: blocker === null ? null : btrim(blocker.reason),
    blockerResponsible: blocker === null ? null : btrim(blocker.responsible),
  };
  return { status: "applied", parcel: { ...state, ...blockerState, stage: to, version: state.version + 1 } };
}

/**
 * The state shown for a parcel: its server state with its pending events applied in the order
 * they were sent. An event the server would not apply (e.g. the parcel changed meanwhile, so the
 * event's expected_version is stale) changes nothing here, as it will change nothing there.
 */
export function withPendingEdits<P extends EditableState>(server: P, pending: readonly ParcelEvent[]): P {
  let state = server;
  for (const event of pending) {
    const verdict = applyParcelEvent(state, event);
    if (verdict.status === "applied") state = verdict.parcel;
  }
  return state;
}
