// Fitting the province into the map, clear of the floating controls on the right. On a first
// visit (no view in the link) the map is fitted once the province's outline is known, and again
// when the map's size or the controls' width changes, until the person moves the map.

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

/** A fit that holds until the person moves the map. */
export interface ProvinceFit {
  /** The width the controls on the right take (px): fits again if it changed and the map is untouched. */
  setControlsWidth(width: number): void;
  stop(): void;
}

/** Fits `box` now and keeps it fitted (resizes, the controls' width) until a drag or zoom by the person. */
export function keepProvinceFitted(map: L.Map, box: LonLatBox, controlsWidth: number): ProvinceFit {
  let width = controlsWidth;
  let fitting = false;
  let touched = false;
  function fit() {
    if (touched || !map.getContainer().isConnected || map.getSize().x === 0) return;
    fitting = true;
    fitProvince(map, box, width);
    fitting = false;
  }
  function onUserMove() {
    if (!fitting) touched = true;
  }
  fit();
  map.on("zoomstart dragstart", onUserMove);
  map.on("resize", fit);
  function stop() {
    map.off("zoomstart dragstart", onUserMove);
    map.off("resize", fit);
  }
  return {
    setControlsWidth(next) {
      if (Math.abs(next - width) < 1) return;
      width = next;
      fit();
    },
    stop,
  };
}
