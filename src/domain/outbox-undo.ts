// Undoing one's own last change from the outbox's log, at any time (not only while the toast is
// up): the log keeps each applied event with the parcel as it was, so the compensating events
// can be planned as planUndo does for a fresh answer. Pure.

import type { ActionParcel, ActionPlan, ParcelEvent, PlannedAction } from "@/domain/parcel-actions";
import type { AnsweredChange, BatchOutcome, EventAnswer } from "@/domain/parcel-event-answers";
import { planUndo } from "@/domain/parcel-undo";
import type { StageMove } from "@/domain/stages";

/** What the app keeps beside each event in the outbox (OutboxEntry.meta). */
export interface ChangeMeta {
  /** The parcel as it was when the change was planned (or re-applied). */
  readonly before: ActionParcel;
  readonly move: StageMove | null;
  /** The kind of the action it belongs to; "undo" for compensating events. */
  readonly kind: PlannedAction["kind"];
  /** For an undo: the batch (action) it undoes. */
  readonly undoes?: string;
}

/** True when `meta` looks like a ChangeMeta (the log may hold lines of other shapes). */
export function isChangeMeta(meta: unknown): meta is ChangeMeta {
  return typeof meta === "object" && meta !== null && "before" in meta && "kind" in meta;
}

/** An answered event as the outbox's log keeps it. */
export interface AnsweredLine {
  readonly event_id: string;
  readonly batch_id: string;
  readonly status: "applied" | "duplicate" | "reapplied";
  readonly version: number | null;
  readonly event: ParcelEvent;
  readonly meta?: unknown;
}

/** The applied lines of a batch as answers, for planUndo and the result toast. */
export function outcomeOfLines(lines: readonly AnsweredLine[]): Pick<BatchOutcome, "byStatus"> {
  const applied: AnsweredChange[] = [];
  for (const line of lines) {
    if (line.status === "reapplied" || line.version === null || !isChangeMeta(line.meta)) continue;
    const answer: EventAnswer = { event_id: line.event_id, status: "applied", version: line.version, code: line.status, message: "" };
    applied.push({ change: { event: line.event, before: line.meta.before, move: line.meta.move }, answer });
  }
  return { byStatus: { applied, duplicate: [], conflict: [], denied: [], invalid: [] } };
}

/**
 * The undo of a batch from its log lines, or null when there is nothing to undo (an undo itself,
 * or nothing applied). Each compensating event names the event it reverts.
 */
export function planUndoOfLines(lines: readonly AnsweredLine[], newId?: () => string): { plan: ActionPlan; reverts: Map<string, string> } | null {
  const kinds = lines.map((l) => (isChangeMeta(l.meta) ? l.meta.kind : null));
  if (kinds.includes("undo")) return null;
  const outcome = outcomeOfLines(lines);
  if (outcome.byStatus.applied.length === 0) return null;
  const plan = newId ? planUndo(outcome, undefined, newId) : planUndo(outcome);
  if (plan.summary.count === 0) return null;
  return { plan, reverts: revertsOf(plan, outcome) };
}

/** For each compensating event, the event it reverts (one event per parcel in a batch). */
export function revertsOf(plan: ActionPlan, outcome: Pick<BatchOutcome, "byStatus">): Map<string, string> {
  const byParcel = new Map(outcome.byStatus.applied.map(({ change }) => [change.event.parcel_id, change.event.event_id]));
  const reverts = new Map<string, string>();
  for (const { event } of plan.changes) {
    const original = byParcel.get(event.parcel_id);
    if (original) reverts.set(event.event_id, original);
  }
  return reverts;
}
