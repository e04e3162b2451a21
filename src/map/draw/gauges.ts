// Progress per project at province zoom: each outline is filled from the bottom up to the
// share of its legal area to clear handed over, like a gauge (green = cleared, white = still to
// clear, including land whose parcels are not entered yet).
// Gauges are not interactive, so all outlines are one Leaflet path and all fills another: two
// layers instead of two per project, since each layer added costs its own bookkeeping in the
// first render. (Within one path, overlapping outlines would cancel out; projects are separate
// pieces of land.)

import L from "leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import { fillToShare } from "@/geo/fill-share";
import { multiPolygonLatLngs } from "@/map/leaflet-coords";
import { PROGRESS_EMPTY, PROGRESS_FILL } from "@/map/project-styles";

/** A project outline and its cleared share of the legal area (0..1, null when it has no parcels yet). */
export interface ProgressShape {
  readonly id: string;
  readonly outline: PolygonGeometry;
  readonly share: number | null;
}

/** The gauges of `shapes` as one group (not yet on a map). */
export function gaugeLayers(shapes: readonly ProgressShape[]): L.FeatureGroup {
  const group = L.featureGroup();
  const filled = shapes.flatMap((shape) => {
    const part = shape.share === null ? null : fillToShare(shape.outline, shape.share);
    return part ? [part] : [];
  });
  if (shapes.length > 0) {
    group.addLayer(L.polygon(multiPolygonLatLngs(shapes.map((s) => s.outline)), {
      stroke: false, fillColor: PROGRESS_EMPTY, fillOpacity: 0.75, interactive: false,
    }));
  }
  if (filled.length > 0) {
    group.addLayer(L.polygon(multiPolygonLatLngs(filled), {
      stroke: false, fillColor: PROGRESS_FILL, fillOpacity: 0.85, interactive: false,
    }));
  }
  return group;
}
