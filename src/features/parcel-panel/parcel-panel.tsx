// The parcel panel: opens for map-state's focusedParcelId (a click on a parcel, or a link with
// ?p=…). A side panel on wide screens and a bottom sheet on phones (see parcel-panel.css).

import { useMapState } from "@/state/map-state";
import { ParcelSheet } from "@/features/parcel-panel/parcel-sheet";
import "@/features/parcel-panel/parcel-panel.css";

/** The panel of the focused parcel, or nothing. */
export function ParcelPanel() {
  const parcelId = useMapState((s) => s.focusedParcelId);
  if (!parcelId) return null;
  return <ParcelSheet key={parcelId} parcelId={parcelId} />;
}
