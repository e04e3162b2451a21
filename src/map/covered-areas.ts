// What floats over the map and hides what is under it. The map's own controls (Leaflet's zoom
// buttons, attribution, the officer's drawing buttons) are found in its control corners; the
// screen's panels, buttons and notices are handed over by the screen that owns them (measured
// from its refs: src/map/use-covered-by.ts), so the map never looks outside its own container.
// Map labels are not placed under either (src/map/draw/labels.ts).

import type L from "leaflet";
import type { ScreenBox } from "@/geo/label-placement";

/** The map's own controls. */
export function mapControls(map: L.Map): Element[] {
  return [...map.getContainer().querySelectorAll(".leaflet-control")];
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
