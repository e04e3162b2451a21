// Fitting the province into the map, clear of the floating controls on the right: one rule for
// the React map (src/features/map-view/use-fit-province.ts) and the view drawn before React.

import type L from "leaflet";
import type { LonLatBox } from "@/geo/geometry";
import { boxToLatLngBounds } from "@/map/leaflet-coords";

/** Maps narrower than this (px) keep no room for the controls: they float over the margin. */
const ROOM_FOR_CONTROLS_FROM = 600;

/** Fits `box` into `map` at once, leaving `controlsWidth` px free on the right on wide maps. */
export function fitProvince(map: L.Map, box: LonLatBox, controlsWidth: number): void {
  const width = map.getSize().x;
  const right = width >= ROOM_FOR_CONTROLS_FROM ? Math.min(controlsWidth, width / 2) : 0;
  map.fitBounds(boxToLatLngBounds(box), { paddingTopLeft: [16, 16], paddingBottomRight: [right + 16, 16], animate: false });
}
