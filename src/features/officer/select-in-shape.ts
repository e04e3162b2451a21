// Adds the parcels a drawn shape (or the current view) covers to the map's selection: only those
// the officer may change and the filters show; the others are remembered to explain why.

import { allParcels } from "@/data/parcel-store";
import { changeSelection, getMapState, setOutsidePicks } from "@/state/map-state";
import { setDrawMode, updateOfficerState } from "@/features/officer/officer-store";
import type { DrawnShape } from "@/features/officer/select-parcels";
import { pickParcels } from "@/features/officer/select-parcels";

/** Selects the editable, visible parcels in `shape`; returns how many were newly added. */
export function selectInShape(shape: DrawnShape, canEdit: (adminUnitId: string) => boolean): number {
  const { filters, selection } = getMapState();
  const picked = pickParcels(allParcels(), shape, filters, canEdit);
  const added = picked.editable.filter((id) => !selection.has(id)).length;
  changeSelection(picked.editable, "add");
  setOutsidePicks(picked.outside);
  setDrawMode("off");
  updateOfficerState((s) => ({ drawResult: { added, seq: (s.drawResult?.seq ?? 0) + 1 } }));
  return added;
}
