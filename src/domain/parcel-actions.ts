// What an officer's action on selected parcels means as parcel events for record_parcel_events,
// what the confirmation says about it, how the database's answers are read, and how an applied
// action is undone by compensating events (history is never erased: a correction is a new event).
// Pure: the UI validates and confirms with these functions, src/data sends the events.

import type { ActDateError } from "@/domain/act-date";
import { actOccurredAt, validateActDate } from "@/domain/act-date";
import { NOTE_MAX, REASON_MAX, RESPONSIBLE_MAX } from "@/domain/limits";
import type { StageId, StageMove } from "@/domain/stages";
import { classifyMove, moveNeedsNote, nextStage, stageById } from "@/domain/stages";

/** The state of a parcel that an action reads (from the client's parcel store). */
export interface ActionParcel {
  readonly id: string;
  readonly stage: StageId;
  readonly version: number;
  /** Legal recovered area, m². */
  readonly areaM2: number;
  readonly blocked: boolean;
  /** Undefined when no source loaded it (src/domain/parcel.ts): an undo cannot write it back. */
  readonly blockerReason?: string | null;
  readonly blockerResponsible?: string | null;
}

/** A blocker as record_parcel_events takes it: why, and who must act. */
export interface BlockerInput {
  readonly reason: string;
  readonly responsible: string;
}

/** When an officer's act took place: it dates every event of the action. */
export interface ActDated {
  /** The day in Hưng Yên, "YYYY-MM-DD" (see src/domain/act-date.ts); absent means today. */
  readonly actedOn?: string;
}

/** What the officer asked for, applied to every selected parcel. */
export type ParcelAction = ActDated & (
  | { readonly kind: "advance"; readonly note?: string }
  | { readonly kind: "setStage"; readonly to: StageId; readonly note: string }
  | { readonly kind: "setBlocker"; readonly reason: string; readonly responsible: string }
  | { readonly kind: "clearBlocker" }
  | { readonly kind: "addNote"; readonly note: string }
);

/** The kinds of action. */
export type ParcelActionKind = ParcelAction["kind"];

/** What a plan does: an officer's action, or the undoing of an earlier one. */
export type PlannedAction = ParcelAction | { readonly kind: "undo" };

/** One event as record_parcel_events takes it (the API's snake_case field names). */
export interface ParcelEvent {
  readonly event_id: string;
  readonly parcel_id: string;
  readonly expected_version: number;
  readonly to_stage?: StageId;
  /** An object sets the blocker, null clears it, absent leaves it as it is. */
  readonly blocker?: BlockerInput | null;
  readonly note?: string;
  /** When the act took place (ISO 8601); absent means now, as the server stamps it. */
  readonly occurred_at?: string;
}

/** The state a parcel has after an applied event. */
export interface ParcelStateAfter {
  readonly id: string;
  readonly version: number;
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly blockerReason?: string | null;
  readonly blockerResponsible?: string | null;
}

/** One planned event with the parcel as it was, so answers can be read and the event undone. */
export interface PlannedChange {
  readonly event: ParcelEvent;
  readonly before: ActionParcel;
  /** The stage move, or null when the event leaves the stage alone. */
  readonly move: StageMove | null;
}

/** Why a selected parcel gets no event: the action would not change it. */
export type SkipReason = "at_last_stage" | "already_at_stage" | "same_blocker" | "not_blocked" | "cannot_restore";

/** A selected parcel the action leaves out. */
export interface SkippedParcel {
  readonly parcelId: string;
  readonly reason: SkipReason;
}

/** How many parcels go from one stage to another, for the confirmation. */
export interface StageTransition {
  readonly from: StageId;
  readonly to: StageId;
  readonly move: StageMove;
  readonly count: number;
  readonly areaM2: number;
}

/** What the confirmation shows: how many parcels change and their area. */
export interface ActionSummary {
  readonly count: number;
  readonly areaM2: number;
  /** Stage moves grouped by from → to, in stage order (empty for blocker and note actions). */
  readonly transitions: readonly StageTransition[];
  /** Counts of selected parcels left out, by reason. */
  readonly skipped: Readonly<Partial<Record<SkipReason, number>>>;
}

/** The day a plan's events are dated with, for the confirmation. */
export interface ActDay {
  /** "YYYY-MM-DD" in Hưng Yên. */
  readonly day: string;
  /** True when it was today as the plan was made: the events carry no occurred_at. */
  readonly isToday: boolean;
}

/** The events an action produces, with what the confirmation needs. */
export interface ActionPlan {
  readonly action: PlannedAction;
  /** The day of the act; null for an undo, which is a correction made now. */
  readonly actedOn: ActDay | null;
  readonly changes: readonly PlannedChange[];
  readonly skipped: readonly SkippedParcel[];
  readonly summary: ActionSummary;
}

/** A problem with what the officer typed; the UI turns the code into a message. */
export type ActionInputError =
  | "note_required"
  | "note_too_long"
  | "reason_required"
  | "reason_too_long"
  | "responsible_required"
  | "responsible_too_long";

/** Which input a problem is about, so the UI can put the message beside it. */
export interface ActionInputProblems {
  note?: ActionInputError;
  reason?: ActionInputError;
  responsible?: ActionInputError;
  date?: ActDateError;
}

/** A fresh random event id (UUID v4); works also where crypto.randomUUID is missing (plain http). */
export function newEventId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const clean = (text: string | undefined) => (text ?? "").trim();

/** True when setting `to` on any of these parcels skips stages or moves back, so a note is required. */
export function setStageNeedsNote(parcels: readonly Pick<ActionParcel, "stage">[], to: StageId): boolean {
  return parcels.some((p) => moveNeedsNote(p.stage, to));
}

/**
 * The input problems of an action on these parcels, done by `today` ("YYYY-MM-DD" in Hưng Yên);
 * empty when it may be confirmed.
 */
export function validateAction(parcels: readonly ActionParcel[], action: ParcelAction, today: string): ActionInputProblems {
  const problems: ActionInputProblems = {};
  if (action.actedOn !== undefined) {
    const date = validateActDate(action.actedOn, today);
    if (date) problems.date = date;
  }
  const noteOf = (a: ParcelAction) => ("note" in a ? clean(a.note) : "");
  if (noteOf(action).length > NOTE_MAX) problems.note = "note_too_long";
  if (action.kind === "setStage" && !noteOf(action) && setStageNeedsNote(parcels, action.to)) {
    problems.note = "note_required";
  }
  if (action.kind === "addNote" && !noteOf(action)) problems.note = "note_required";
  if (action.kind === "setBlocker") {
    const reason = clean(action.reason);
    const responsible = clean(action.responsible);
    if (!reason) problems.reason = "reason_required";
    else if (reason.length > REASON_MAX) problems.reason = "reason_too_long";
    if (!responsible) problems.responsible = "responsible_required";
    else if (responsible.length > RESPONSIBLE_MAX) problems.responsible = "responsible_too_long";
  }
  return problems;
}

/** True when `problems` holds none. */
export function isValid(problems: ActionInputProblems): boolean {
  return !problems.note && !problems.reason && !problems.responsible && !problems.date;
}

/** An event's fields before it gets an id and a parcel: what a plan changes on one parcel. */
export type Draft = Omit<ParcelEvent, "event_id" | "parcel_id" | "expected_version">;

/** The event fields for one parcel, or the reason it gets none. */
function draftFor(parcel: ActionParcel, action: ParcelAction): Draft | SkipReason {
  const withNote = (draft: Draft, note: string | undefined): Draft =>
    clean(note) ? { ...draft, note: clean(note) } : draft;
  switch (action.kind) {
    case "advance": {
      const to = nextStage(parcel.stage);
      return to ? withNote({ to_stage: to }, action.note) : "at_last_stage";
    }
    case "setStage":
      return parcel.stage === action.to ? "already_at_stage" : withNote({ to_stage: action.to }, action.note);
    case "setBlocker": {
      const blocker = { reason: clean(action.reason), responsible: clean(action.responsible) };
      const same = parcel.blocked && parcel.blockerReason === blocker.reason &&
        parcel.blockerResponsible === blocker.responsible;
      return same ? "same_blocker" : { blocker };
    }
    case "clearBlocker":
      return parcel.blocked ? { blocker: null } : "not_blocked";
    case "addNote":
      return { note: clean(action.note) };
  }
}

/** Builds the plan from event drafts, one per parcel, with fresh event ids (also undo's, parcel-undo.ts). */
export function buildPlan(
  action: PlannedAction,
  actedOn: ActDay | null,
  items: readonly { parcel: ActionParcel; draft: Draft | SkipReason }[],
  newId: () => string,
): ActionPlan {
  const changes: PlannedChange[] = [];
  const skipped: SkippedParcel[] = [];
  for (const { parcel, draft } of items) {
    if (typeof draft === "string") {
      skipped.push({ parcelId: parcel.id, reason: draft });
      continue;
    }
    const event: ParcelEvent = { event_id: newId(), parcel_id: parcel.id, expected_version: parcel.version, ...draft };
    changes.push({ event, before: parcel, move: draft.to_stage ? classifyMove(parcel.stage, draft.to_stage) : null });
  }
  return { action, actedOn, changes, skipped, summary: summarize(changes, skipped) };
}

/** The draft dated with `occurredAt` (a skip stays a skip; no date leaves occurred_at out). */
function dated(draft: Draft | SkipReason, occurredAt: string | undefined): Draft | SkipReason {
  return typeof draft === "string" || occurredAt === undefined ? draft : { ...draft, occurred_at: occurredAt };
}

/**
 * The events an action produces on the selected parcels, done by `today` ("YYYY-MM-DD" in Hưng
 * Yên): one per parcel it changes, none for the others (reported in `skipped`), each dated with
 * the action's day (src/domain/act-date.ts). Validate first with validateAction: this does not
 * check notes, and throws on a day the rules refuse. Duplicated parcels in the selection count once.
 */
export function planAction(
  parcels: readonly ActionParcel[],
  action: ParcelAction,
  today: string,
  newId: () => string = newEventId,
): ActionPlan {
  const unique = [...new Map(parcels.map((p) => [p.id, p])).values()];
  const day = action.actedOn ?? today;
  const occurredAt = actOccurredAt(day, today);
  return buildPlan(action, { day, isToday: day === today },
    unique.map((parcel) => ({ parcel, draft: dated(draftFor(parcel, action), occurredAt) })), newId);
}

/**
 * The same plan dated `day` instead (the confirmation of "Chuyển bước tiếp theo", which has no
 * form before it, asks for the day there): the same parcels and changes as were confirmed, not
 * planned again from the parcels as they are now. The plan itself when the day is unchanged, so
 * "Gửi lại" sends the very events it sent; otherwise fresh event ids, since an id sent once
 * must never come back with another payload (the server answers event_id_reused).
 */
export function redatePlan(plan: ActionPlan, day: string, today: string, newId: () => string = newEventId): ActionPlan {
  if (plan.action.kind === "undo") throw new Error("an undo is recorded now: it has no day to change");
  if (plan.actedOn?.day === day) return plan;
  const occurredAt = actOccurredAt(day, today);
  const changes = plan.changes.map((change) => {
    const { occurred_at: _dropped, ...fields } = change.event;
    const event: ParcelEvent = { ...fields, event_id: newId(), ...(occurredAt === undefined ? {} : { occurred_at: occurredAt }) };
    return { ...change, event };
  });
  return { ...plan, action: { ...plan.action, actedOn: day }, actedOn: { day, isToday: day === today }, changes };
}

function summarize(changes: readonly PlannedChange[], skipped: readonly SkippedParcel[]): ActionSummary {
  const transitions = new Map<string, StageTransition>();
  let areaM2 = 0;
  for (const { event, before, move } of changes) {
    areaM2 += before.areaM2;
    if (!event.to_stage || !move) continue;
    const key = `${before.stage}>${event.to_stage}`;
    const known = transitions.get(key);
    transitions.set(key, {
      from: before.stage, to: event.to_stage, move,
      count: (known?.count ?? 0) + 1,
      areaM2: (known?.areaM2 ?? 0) + before.areaM2,
    });
  }
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  const order = (t: StageTransition) => stageById(t.from).position * 100 + stageById(t.to).position;
  const sorted = [...transitions.values()].sort((a, b) => order(a) - order(b));
  return { count: changes.length, areaM2, transitions: sorted, skipped: counts };
}

/** Splits events into batches of at most `size` (record_parcel_events takes up to 5,000). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error("chunk size must be at least 1");
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
