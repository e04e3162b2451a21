// The map's selection split into what an action changes and what it leaves out, kept current as
// the selection, the filters or the known parcels change.

import { useMemo, useSyncExternalStore } from "react";
import { getParcel, parcelRevision, subscribeParcels } from "@/data/parcel-store";
import { useMapState } from "@/state/map-state";
import type { SelectionBreakdown } from "@/features/officer/classify-selection";
import { classifySelection } from "@/features/officer/classify-selection";

function subscribe(listener: () => void): () => void {
  return subscribeParcels(() => listener());
}

/** A number that changes whenever a known parcel changes. */
export function useParcelRevision(): number {
  return useSyncExternalStore(subscribe, parcelRevision, parcelRevision);
}

/** The current selection's breakdown for an officer who may change `canEdit` units. */
export function useSelectionBreakdown(canEdit: (adminUnitId: string) => boolean): SelectionBreakdown {
  const selection = useMapState((s) => s.selection);
  const filters = useMapState((s) => s.filters);
  const drawnOutside = useMapState((s) => s.outsidePicks);
  const revision = useParcelRevision();
  return useMemo(
    () => classifySelection(selection, getParcel, canEdit, filters, drawnOutside),
    // revision: the store is mutable; a new revision means parcels (stages, versions) changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selection, filters, drawnOutside, canEdit, revision],
  );
}
