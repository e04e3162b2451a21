// Keeps the Leaflet map and map-state's view in step, and carries out fly-to requests.

import type L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { boxToLatLngBounds } from "@/map/leaflet-coords";
import { viewOf } from "@/map/map-options";
import type { MapView } from "@/state/map-state";
import { getMapState, subscribeMapState, updateMapState } from "@/state/map-state";

/** Views closer than this (degrees, zoom levels) are the same view. */
const EPSILON = 1e-6;
/** The last fly-to request carried out, so that a remounted map does not repeat it. */
let lastFlyToSeq = 0;

function sameView(a: MapView, b: MapView): boolean {
  return Math.abs(a.lat - b.lat) < EPSILON && Math.abs(a.lng - b.lng) < EPSILON && Math.abs(a.zoom - b.zoom) < EPSILON;
}

/** Writes the map's view into map-state after every move, and follows views set by others. */
export function useMapStateSync(): void {
  const map = useMap();
  useEffect(() => {
    // The view object last written or followed: only a view someone else sets moves the map,
    // never a stale one met while the user is still dragging. The state's view at this point is
    // the one the map was made at, or the province fitted by the view drawn before React: it
    // does not move the map (setting it again would undo that fit).
    let seenView: MapView | null = getMapState().view;
    function publishView() {
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
  }, [map]);
}

/** Sets the map container's accessible name. */
export function useMapLabel(label: string): void {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("aria-label", label);
    container.setAttribute("role", "application");
  }, [map, label]);
}

/**
 * Tells Leaflet when its container changes size (a banner appears, a panel opens, the phone
 * turns), keeping the centre exactly where it was: a shared link must show the same place even
 * when the demo banner arrives after the map. Leaflet's own recentring (invalidateSize with
 * `pan`) moves by a whole number of pixels from rounded half sizes, so an odd change of height
 * moved the centre, and the link, by half a pixel; the view is set again exactly after it. Not
 * while the map moves (a drag, a fly-to): its end sets the view anyway.
 */
export function useResizeAware(): void {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    let moving = false;
    const onMoveStart = () => {
      moving = true;
    };
    const onMoveEnd = () => {
      moving = false;
    };
    map.on("movestart", onMoveStart);
    map.on("moveend", onMoveEnd);
    const observer = new ResizeObserver(() => {
      const centre = map.getCenter();
      const size = map.getSize();
      map.invalidateSize({ pan: true, animate: false });
      if (moving || map.getSize().equals(size)) return;
      // `reset` (a Leaflet zoom option missing from its typings): the view itself, not a pan by
      // a rounded offset towards it
      map.setView(centre, map.getZoom(), { reset: true } as L.ZoomPanOptions);
    });
    observer.observe(map.getContainer());
    return function stopObserving() {
      observer.disconnect();
      map.off("movestart", onMoveStart);
      map.off("moveend", onMoveEnd);
    };
  }, [map]);
}
