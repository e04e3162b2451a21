// The event a form sends for one change. Its id is made once per change and kept until the
// server has decided it: pressing "Lưu" again after a lost answer resends the same event id with
// the same payload, which record_household_events answers "duplicate" rather than applying the
// change twice. A different change (another value, another row, a newer version) gets a new id.

import type { HouseholdEvent, HouseholdEventKind } from "@/domain/household-types";

/** The change a form means to make, before it has an event id. */
export interface Change {
  readonly kind: HouseholdEventKind;
  readonly id: string;
  /** The row's version as the form saw it; absent for a new row. */
  readonly expectedVersion?: number;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** JSON with object keys sorted, so that two equal payloads compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function sameChange(event: HouseholdEvent, change: Change): boolean {
  return event.kind === change.kind && event.id === change.id && (event.expectedVersion ?? 0) === (change.expectedVersion ?? 0) &&
    stableJson(event.data ?? null) === stableJson(change.data ?? null);
}

/**
 * The event for `change`: the one still unanswered when it is the same change (a retry keeps its
 * id), else a new event with an id from `newId`.
 */
export function eventForChange(unanswered: HouseholdEvent | null, change: Change, newId: () => string): HouseholdEvent {
  if (unanswered && sameChange(unanswered, change)) return unanswered;
  return {
    eventId: newId(), kind: change.kind, id: change.id,
    ...(change.expectedVersion ? { expectedVersion: change.expectedVersion } : {}),
    ...(change.data ? { data: change.data } : {}),
  };
}
