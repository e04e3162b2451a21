// Which parcels the map shows and which the user may select, from the screen's filters and
// the user's editable areas. Shared by the parcel layer and the officer's selection tools.

import type { StageId } from "@/domain/stages";

/** Which parcels are shown (and selectable). Empty lists mean "all". */
export interface ParcelFilters {
  readonly projectIds: readonly string[];
  readonly stages: readonly StageId[];
  /** true: only blocked; false: only not blocked; null: both. */
  readonly blocked: boolean | null;
}

export const NO_FILTERS: ParcelFilters = { projectIds: [], stages: [], blocked: null };

/** The fields of a parcel the rules look at. */
export interface ParcelFacts {
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly stage: StageId;
  readonly blocked: boolean;
}

/** True when any filter is set. */
export function hasFilters(f: ParcelFilters): boolean {
  return f.projectIds.length > 0 || f.stages.length > 0 || f.blocked !== null;
}

/** True when the parcel passes the filters (empty lists and a null `blocked` let everything through). */
export function matchesFilters(parcel: ParcelFacts, filters: ParcelFilters): boolean {
  if (filters.projectIds.length > 0 && !filters.projectIds.includes(parcel.projectId)) return false;
  if (filters.stages.length > 0 && !filters.stages.includes(parcel.stage)) return false;
  if (filters.blocked !== null && parcel.blocked !== filters.blocked) return false;
  return true;
}

/**
 * True when the user may select the parcel for a change: its admin unit is one of
 * `editableUnitIds` (my_access().editable_unit_ids, descendants included). The public and
 * leaders pass null or an empty list and can select nothing. The database decides in the end.
 */
export function isSelectable(parcel: Pick<ParcelFacts, "adminUnitId">, editableUnitIds: ReadonlySet<string> | null): boolean {
  return editableUnitIds !== null && editableUnitIds.has(parcel.adminUnitId);
}
