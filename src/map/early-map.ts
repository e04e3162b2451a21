// The hand-over of a map drawn before React (src/app/early-view) to React's MapFrame.
// The early view offers its Leaflet map with what takes its layers off; MapFrame adopts the map
// as its own (no second map, no blank frame), and the map's React layers remove the early
// layers once they have drawn theirs. Once React has made or adopted its map, nothing more may
// be drawn early: the app then draws as if there had been no early view.

import type L from "leaflet";

/** The map drawn early and what takes its early layers off (null once they are off). */
let offered: { map: L.Map; removeLayers: (() => void) | null } | null = null;
/** React's map has been made (or adopted). */
let closed = false;

/** Whether an early view may still be drawn (React has not made its map yet). */
export function earlyMapWanted(): boolean {
  return !closed;
}

/** Offers a drawn map (its vectors on the canvas given in its options, as React's would be). */
export function offerEarlyMap(map: L.Map, removeLayers: () => void): void {
  if (!closed) offered = { map, removeLayers };
}

/** The map drawn early, if any; from now on none will be offered. Repeated calls return the same. */
export function adoptEarlyMap(): L.Map | null {
  closed = true;
  return offered?.map ?? null;
}

/** Forgets the adopted map (MapFrame removed it). */
export function releaseEarlyMap(map: L.Map): void {
  if (offered?.map === map) offered = null;
}

/** Takes the early layers off `map` (once its own layers are drawn); nothing when there are none. */
export function removeEarlyLayers(map: L.Map): void {
  if (offered?.map !== map || !offered.removeLayers) return;
  const remove = offered.removeLayers;
  offered.removeLayers = null;
  remove();
}
