// The answers of record_parcel_events read against the planned changes: paired by event id,
// grouped by status and code (problems are shown, never swallowed), and the new parcel states
// of the applied ones. Pure.

import type { ParcelStateAfter, PlannedChange } from "@/domain/parcel-actions";

/** An answer of record_parcel_events for one event, in input order. */
export interface EventAnswer {
  /** Null only for an event too malformed to have an id. */
  readonly event_id: string | null;
  readonly status: EventStatus;
  /** The parcel's version after the event (applied) or as it is now (others); null when unknown. */
  readonly version: number | null;
  /** Stable code for programs, e.g. "stale_version", "outside_area", "skip_without_note". */
  readonly code: string;
  /** Vietnamese explanation for people. */
  readonly message: string;
}

/** The statuses record_parcel_events answers with. */
export type EventStatus = "applied" | "duplicate" | "conflict" | "denied" | "invalid";

/** All statuses, the successful first. */
export const EVENT_STATUSES: readonly EventStatus[] = ["applied", "duplicate", "conflict", "denied", "invalid"];

/** One planned change with the database's answer to it. */
export interface AnsweredChange {
  readonly change: PlannedChange;
  readonly answer: EventAnswer;
}

/** The statuses that mean an event did not apply and must be shown. */
export type ProblemStatus = "conflict" | "denied" | "invalid";

/** Answers of one status and code, e.g. the 2 parcels in version conflict. */
export interface AnswerGroup {
  readonly status: ProblemStatus;
  readonly code: string;
  /** The first answer's message (answers of one code say the same up to figures). */
  readonly message: string;
  readonly items: readonly AnsweredChange[];
}

/** A batch's answers read together: by status, counts, the problem groups and the cache patches. */
export interface BatchOutcome {
  readonly byStatus: Readonly<Record<EventStatus, readonly AnsweredChange[]>>;
  readonly counts: Readonly<Record<EventStatus, number>>;
  /** Area of the applied changes, m². */
  readonly appliedAreaM2: number;
  /** Conflict, denied and invalid answers grouped by status and code, to show (never swallow). */
  readonly problems: readonly AnswerGroup[];
  /** The new state of each parcel an applied event changed. */
  readonly applied: readonly ParcelStateAfter[];
  /** Planned events without an answer (a batch cut short); send them again, ids are idempotent. */
  readonly unanswered: readonly PlannedChange[];
}

/** The parcel's state after `change` was applied at `version`. */
export function stateAfter(change: PlannedChange, version: number): ParcelStateAfter {
  const { event, before } = change;
  const blocker = event.blocker;
  return {
    id: before.id,
    version,
    stage: event.to_stage ?? before.stage,
    blocked: blocker === undefined ? before.blocked : blocker !== null,
    blockerReason: blocker === undefined ? before.blockerReason : (blocker?.reason ?? null),
    blockerResponsible: blocker === undefined ? before.blockerResponsible : (blocker?.responsible ?? null),
  };
}

/**
 * Pairs the answers with the planned changes (answers come in input order; an answer naming
 * another event id is paired by id) and classifies them.
 */
export function classifyAnswers(changes: readonly PlannedChange[], answers: readonly EventAnswer[]): BatchOutcome {
  const byId = new Map(changes.map((c) => [c.event.event_id, c]));
  const byStatus: Record<EventStatus, AnsweredChange[]> = {
    applied: [], duplicate: [], conflict: [], denied: [], invalid: [],
  };
  const answered = new Set<string>();
  answers.forEach((answer, index) => {
    const change = (answer.event_id !== null ? byId.get(answer.event_id) : undefined) ?? changes[index];
    if (!change || answered.has(change.event.event_id)) return;
    answered.add(change.event.event_id);
    byStatus[answer.status].push({ change, answer });
  });
  const groups = new Map<string, AnswerGroup>();
  for (const status of ["conflict", "denied", "invalid"] as const) {
    for (const item of byStatus[status]) {
      const key = `${status}:${item.answer.code}`;
      const group = groups.get(key);
      groups.set(key, group
        ? { ...group, items: [...group.items, item] }
        : { status, code: item.answer.code, message: item.answer.message, items: [item] });
    }
  }
  const applied = byStatus.applied.flatMap(({ change, answer }) =>
    answer.version === null ? [] : [stateAfter(change, answer.version)]);
  return {
    byStatus,
    counts: {
      applied: byStatus.applied.length, duplicate: byStatus.duplicate.length, conflict: byStatus.conflict.length,
      denied: byStatus.denied.length, invalid: byStatus.invalid.length,
    },
    appliedAreaM2: byStatus.applied.reduce((sum, { change }) => sum + change.before.areaM2, 0),
    problems: [...groups.values()],
    applied,
    unanswered: changes.filter((c) => !answered.has(c.event.event_id)),
  };
}
