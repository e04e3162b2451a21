// The officer's drawing layer inside the map (a MapView child): box and lasso selection with
// their buttons on the map, and the map's bounds for "select parcels in view". Renders nothing
// for anyone but an officer.

import { useMap } from "react-leaflet";
import { MapDrawControl } from "@/features/officer/map-draw-control";
import { useAccess } from "@/data/use-access";
import { useMapState } from "@/state/map-state";
import { drawModeOf, setDrawMode } from "@/features/officer/officer-store";
import { selectInShape } from "@/features/officer/select-in-shape";
import type { DrawnShape } from "@/features/officer/select-parcels";
import { useDrawGesture } from "@/features/officer/use-draw-gesture";
import { useViewBox } from "@/features/officer/use-view-box";
import "@/features/officer/officer.css";

/** Place inside the map (react-leaflet MapContainer / MapView children). */
export function OfficerSelectionLayer() {
  const map = useMap();
  const access = useAccess();
  const mode = drawModeOf(useMapState((s) => s.mode));
  useViewBox(map, access.isOfficer);
  useDrawGesture(
    map,
    access.isOfficer ? mode : "off",
    access.isOfficer,
    (shape: DrawnShape) => selectInShape(shape, access.canEditUnit),
    () => setDrawMode("off"),
  );
  return access.isOfficer ? <MapDrawControl /> : null;
}
