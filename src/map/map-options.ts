// The options every Leaflet map of the app is made with: the one made by React (map-frame.tsx)
// and the one drawn before React (src/app/early-view), which React then adopts. One place, so
// the two cannot differ.

import L from "leaflet";
import type { MapView } from "@/map/map-state";

/** Zoom limits: the whole province down to single parcels. */
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 19;

/** One canvas for all vector layers; a wider click tolerance helps fingers on thin outlines. */
export function createRenderer(): L.Canvas {
  return L.canvas({ padding: 0.3, tolerance: 4 });
}

/** The map's options, starting at `view`, drawing vectors with `renderer`. */
export function mapOptions(view: MapView, renderer: L.Canvas) {
  return {
    center: [view.lat, view.lng],
    zoom: view.zoom,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    preferCanvas: true,
    renderer,
    // the app adds its own, with titles in the UI's language (map-frame.tsx)
    zoomControl: false,
    zoomSnap: 0.5,
    wheelPxPerZoomLevel: 90,
  } satisfies L.MapOptions & { center: L.LatLngTuple };
}

/** The map's current centre and zoom, as map-state keeps them. */
export function viewOf(map: L.Map): MapView {
  const centre = map.getCenter();
  return { lat: centre.lat, lng: centre.lng, zoom: map.getZoom() };
}
