// What floats over the map and hides what is under it: Leaflet's own controls (zoom buttons,
// attribution) and the app's panels, buttons and notices, which carry MAP_OVERLAY_PROPS.
// Map labels are not placed under them (src/map/draw/labels.ts).

import type L from "leaflet";
import type { ScreenBox } from "@/geo/label-placement";

/** Props that mark an element floating over the map: its box is kept clear of labels. */
export const MAP_OVERLAY_PROPS = { "data-map-overlay": "" } as const;
const OVERLAYS = "[data-map-overlay]";

/** The elements floating over `map`. */
export function mapOverlays(map: L.Map): Element[] {
  return [...map.getContainer().querySelectorAll(".leaflet-control"), ...document.querySelectorAll(OVERLAYS)];
}

/**
 * The corners Leaflet puts its controls in: each grows when a control is added to it (the
 * officer's drawing buttons come once the role is known), so watching them tells of new controls.
 */
export function controlCorners(map: L.Map): Element[] {
  return [...map.getContainer().querySelectorAll(".leaflet-control-container > .leaflet-top, .leaflet-control-container > .leaflet-bottom")];
}

/** The boxes of `elements` (hidden ones have none), in pixels from the top-left corner of `map`. */
export function coveredAreas(map: L.Map, elements: readonly Element[]): ScreenBox[] {
  const origin = map.getContainer().getBoundingClientRect();
  return elements
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => ({ x0: box.left - origin.left, y0: box.top - origin.top, x1: box.right - origin.left, y1: box.bottom - origin.top }));
}
