// Progress per project at province zoom: each outline is filled from the bottom up to the
// share of its area handed over, like a gauge (green = cleared, white = still to clear).
// Gauges are not interactive, so all outlines are one Leaflet path and all fills another: two
// layers instead of two per project, which made adding them a fifth of the first render. (Within
// one path, overlapping outlines would cancel out; projects are separate pieces of land.)

import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import { fillToShare } from "@/geo/fill-share";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { multiPolygonLatLngs } from "@/map/leaflet-coords";
import { PROGRESS_EMPTY, PROGRESS_FILL } from "@/map/project-styles";

/** A project outline and its cleared share (0..1, null when it has no parcels yet). */
export interface ProgressShape {
  readonly id: string;
  readonly outline: PolygonGeometry;
  readonly share: number | null;
}

interface ProgressLayerProps {
  readonly shapes: readonly ProgressShape[];
  readonly visible: boolean;
}

/** Draws the gauges while `visible`. */
export function ProgressLayer(props: ProgressLayerProps) {
  useProgressLayer(props);
  return null;
}

function useProgressLayer({ shapes, visible }: ProgressLayerProps): void {
  const map = useMap();
  useEffect(() => {
    if (!visible) return;
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
    addInOrder(map, "progress", group);
    return function removeGauges() {
      removeFromOrder(map, "progress", group);
    };
  }, [map, shapes, visible]);
}
