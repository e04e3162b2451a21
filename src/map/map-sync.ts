// The one map and the screen's state kept in step for the whole page life, without React: the
// map is made by the entry before React starts (src/app/province-view.ts), and a move made
// before React arrives must reach the state (and so the link) all the same.

import type L from "leaflet";
import { boxToLatLngBounds } from "@/map/leaflet-coords";
import { viewOf } from "@/map/map-options";
import type { MapView } from "@/state/map-state";
import { getMapState, subscribeMapState, updateMapState } from "@/state/map-state";

/** Views closer than this (degrees, zoom levels) are the same view. */
const EPSILON = 1e-6;

function sameView(a: MapView, b: MapView): boolean {
  return Math.abs(a.lat - b.lat) < EPSILON && Math.abs(a.lng - b.lng) < EPSILON && Math.abs(a.zoom - b.zoom) < EPSILON;
}

/**
 * Writes the map's view into map-state after every move, follows views set by others and
 * carries out fly-to requests (a request made before anything listened is carried out at once).
 */
export function syncMapWithState(map: L.Map): () => void {
  // The view object last written or followed: only a view someone else sets moves the map,
  // never a stale one met while the user is still dragging.
  let seenView: MapView | null = getMapState().view;
  let lastFlyToSeq = 0;
  function publishView() {
    // a detached map (its screen is not shown) has no size, and so no view worth keeping
    if (!map.getContainer().isConnected) return;
    const view = viewOf(map);
    if (sameView(view, getMapState().view)) return;
    seenView = view;
    updateMapState({ view });
  }
  function followState() {
    const { view, flyTo } = getMapState();
    if (flyTo && flyTo.seq > lastFlyToSeq) {
      lastFlyToSeq = flyTo.seq;
      map.fitBounds(boxToLatLngBounds(flyTo.bounds), { padding: [24, 24], maxZoom: 17 });
    } else if (view !== seenView) {
      seenView = view;
      if (!sameView(view, viewOf(map))) map.setView([view.lat, view.lng], view.zoom);
    }
  }
  map.on("moveend", publishView);
  const unsubscribe = subscribeMapState(followState);
  followState();
  return function stopSync() {
    map.off("moveend", publishView);
    unsubscribe();
  };
}

/**
 * Tells Leaflet when its container changes size (a banner appears, a panel opens, the phone
 * turns, React's frame replaces the skeleton), keeping the centre exactly where it was: a shared
 * link must show the same place even when the demo banner arrives after the map. Leaflet's own
 * recentring (invalidateSize with `pan`) moves by a whole number of pixels from rounded half
 * sizes, so an odd change of height moved the centre, and the link, by half a pixel; the view is
 * set again exactly after it. Not while the map moves (a drag, a fly-to): its end sets the view
 * anyway; nor while the map is detached (no size): it keeps its view for when it is back.
 */
export function keepCentreOnResize(map: L.Map): () => void {
  if (typeof ResizeObserver === "undefined") return () => undefined;
  let moving = false;
  const onMoveStart = () => {
    moving = true;
  };
  const onMoveEnd = () => {
    moving = false;
  };
  map.on("movestart", onMoveStart);
  map.on("moveend", onMoveEnd);
  const container = map.getContainer();
  const observer = new ResizeObserver(() => {
    if (!container.isConnected || container.clientWidth === 0 || container.clientHeight === 0) return;
    const centre = map.getCenter();
    const size = map.getSize();
    map.invalidateSize({ pan: true, animate: false });
    if (moving || map.getSize().equals(size)) return;
    // `reset` (a Leaflet zoom option missing from its typings): the view itself, not a pan by
    // a rounded offset towards it
    map.setView(centre, map.getZoom(), { reset: true } as L.ZoomPanOptions);
  });
  observer.observe(container);
  return function stopObserving() {
    observer.disconnect();
    map.off("movestart", onMoveStart);
    map.off("moveend", onMoveEnd);
  };
}
