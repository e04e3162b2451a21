// The options the page's one Leaflet map is made with (by the entry: src/app/province-view.ts).

import L from "leaflet";
import type { MapView } from "@/state/map-state";

/** Zoom limits: the whole province down to single parcels. */
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 19;

/**
 * How far the canvas reaches beyond the map on each side, as a share of the map's size: a drag
 * shows what is drawn there, and blank edges beyond it until the drag ends and the canvas redraws.
 */
export const CANVAS_PADDING = 0.3;

/**
 * The first draw's reach. The canvas's backing store is allocated and cleared pixel by pixel, and
 * its pixels grow with the square of the reach: the first view waits for all of them. The usual
 * reach applies from the first redraw on (the end of the first move), so only a first drag longer
 * than a tenth of the map shows a blank edge sooner.
 */
export const FIRST_DRAW_PADDING = 0.1;

/**
 * One canvas for all vector layers; a wider click tolerance helps fingers on thin outlines. It
 * draws first with FIRST_DRAW_PADDING, then with CANVAS_PADDING.
 */
export function createRenderer(): L.Canvas {
  const renderer = L.canvas({ padding: FIRST_DRAW_PADDING, tolerance: 4 });
  // "update" follows each sizing of the canvas; the padding is read at the next one
  renderer.once("update", () => {
    L.Util.setOptions(renderer, { padding: CANVAS_PADDING });
  });
  return renderer;
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
