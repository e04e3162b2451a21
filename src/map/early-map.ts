// The hand-over of a map drawn before React (src/app/early-view) to React's MapFrame.
// The early view offers its Leaflet map with the layers it drew; MapFrame adopts the map as its
// own (no second map, no blank frame), and the map's React layers remove the early layers once
// they have drawn theirs. If React looks first, the early view is told to stop: the app then
// draws as if there had been none.

import type L from "leaflet";

/** A map drawn early (its vectors on the canvas given in its options, as React's would be). */
export interface EarlyMap {
  readonly map: L.Map;
}

let offered: EarlyMap | null = null;
/** React's map has been made (or adopted): nothing may be offered any more. */
let closed = false;
const earlyLayers = new WeakMap<L.Map, (() => void)[]>();

/** Whether an early view may still be drawn (React has not made its map yet). */
export function earlyMapWanted(): boolean {
  return !closed;
}

/** Offers a drawn map, with what takes its early layers off; false when React was first. */
export function offerEarlyMap(early: EarlyMap, removeLayers: () => void): boolean {
  if (closed) return false;
  offered = early;
  earlyLayers.set(early.map, [removeLayers]);
  return true;
}

/** The map drawn early, if any; from now on none will be offered. Repeated calls return the same. */
export function adoptEarlyMap(): EarlyMap | null {
  closed = true;
  return offered;
}

/** Forgets the adopted map (MapFrame removed it). */
export function releaseEarlyMap(early: EarlyMap): void {
  if (offered === early) offered = null;
}

/** Takes the early layers off `map` (once its own layers are drawn); nothing when there are none. */
export function removeEarlyLayers(map: L.Map): void {
  const removers = earlyLayers.get(map);
  if (!removers) return;
  earlyLayers.delete(map);
  for (const remove of removers) remove();
}
