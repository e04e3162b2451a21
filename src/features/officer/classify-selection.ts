// Splits the map's selection into the parcels an action will change and those it leaves out,
// with why: outside the officer's area, not loaded (no version known), or hidden by the filters.
// Pure; the last draw's outside parcels (never added to the selection) are counted in too.

import type { ActionParcel } from "@/domain/parcel-actions";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { matchesFilters } from "@/domain/parcel-filters";

/** A known parcel as the selection reads it (the parcel store's Parcel fits). */
export interface KnownParcel extends ActionParcel {
  readonly projectId: string;
  readonly adminUnitId: string;
}

/** The selection, split by what an action may do with it. */
export interface SelectionBreakdown {
  /** Selected parcels the officer may change, in selection order. */
  readonly actionable: readonly ActionParcel[];
  /** Their legal area, m². */
  readonly areaM2: number;
  /** Parcels outside the officer's area (selected, or just picked by a draw), by id. */
  readonly outside: readonly string[];
  /** The admin units those lie in, sorted. */
  readonly outsideUnitIds: readonly string[];
  /** Selected ids the client does not know (not loaded), so no version to send. */
  readonly notLoaded: readonly string[];
  /** Selected parcels the filters hide. */
  readonly hidden: readonly string[];
}

/** Breaks the selection down; `extraOutside` are parcels a draw picked but left out. */
export function classifySelection(
  selection: Iterable<string>,
  lookup: (id: string) => KnownParcel | undefined,
  canEdit: (adminUnitId: string) => boolean,
  filters: ParcelFilters,
  extraOutside: readonly string[] = [],
): SelectionBreakdown {
  const actionable: ActionParcel[] = [];
  const outside = new Set<string>();
  const units = new Set<string>();
  const notLoaded: string[] = [];
  const hidden: string[] = [];
  let areaM2 = 0;
  for (const id of selection) {
    const parcel = lookup(id);
    if (!parcel) notLoaded.push(id);
    else if (!canEdit(parcel.adminUnitId)) outside.add(id);
    else if (!matchesFilters(parcel, filters)) hidden.push(id);
    else {
      actionable.push(parcel);
      areaM2 += parcel.areaM2;
    }
  }
  for (const id of extraOutside) outside.add(id);
  for (const id of outside) {
    const unit = lookup(id)?.adminUnitId;
    if (unit) units.add(unit);
  }
  return { actionable, areaM2, outside: [...outside], outsideUnitIds: [...units].sort(), notLoaded, hidden };
}
