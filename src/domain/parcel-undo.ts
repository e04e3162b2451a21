// Undoing a batch an officer just sent: compensating events that bring each applied parcel back
// to the state it had, recorded now (history is never erased, a wrong entry is answered by a new one).

import type { ActionParcel, ActionPlan, Draft, PlannedChange, SkipReason } from "@/domain/parcel-actions";
import { buildPlan, newEventId } from "@/domain/parcel-actions";
import { NOTE_MAX } from "@/domain/limits";
import type { BatchOutcome } from "@/domain/parcel-event-answers";
import { stateAfter } from "@/domain/parcel-event-answers";

/** The note written on compensating events (stored data, so in Vietnamese whatever the UI language). */
export const UNDO_NOTE = "Hoàn tác";

/** The compensating event fields that bring a parcel back from `change`, or why there is none. */
function undoDraft(change: PlannedChange, note: string): Draft | SkipReason {
  const { event, before } = change;
  let draft: Draft = { note };
  if (event.to_stage && event.to_stage !== before.stage) draft = { ...draft, to_stage: before.stage };
  if (event.blocker !== undefined) {
    if (!before.blocked) draft = { ...draft, blocker: null };
    else if (before.blockerReason && before.blockerResponsible) {
      draft = { ...draft, blocker: { reason: before.blockerReason, responsible: before.blockerResponsible } };
    } else return "cannot_restore"; // a blocker without reason cannot be written back
  }
  return draft;
}

/**
 * The plan that undoes the applied changes of a batch: each parcel goes back to its previous
 * stage and blocker state with a note ("Hoàn tác"); a note is answered by a note withdrawing it.
 * Its events carry no occurred_at, also when the action was backdated: the correction is made now.
 * expected_version is the version the applied answer returned, so a parcel someone changed since
 * answers "conflict" rather than being overwritten.
 */
export function planUndo(
  outcome: Pick<BatchOutcome, "byStatus">,
  note: string = UNDO_NOTE,
  newId: () => string = newEventId,
): ActionPlan {
  const items = outcome.byStatus.applied.flatMap(({ change, answer }) => {
    if (answer.version === null) return [];
    const parcel: ActionParcel = { ...change.before, ...stateAfter(change, answer.version) };
    const undoNote = change.move === null && change.event.blocker === undefined && change.event.note
      ? `${note}: ${change.event.note}`.slice(0, NOTE_MAX)
      : note;
    return [{ parcel, draft: undoDraft(change, undoNote) }];
  });
  return buildPlan({ kind: "undo" }, null, items, newId);
}
