// Progress per project at province zoom: each outline is filled from the bottom up to the
// share of its area handed over, like a gauge (green = cleared, white = still to clear).

import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import { fillToShare } from "@/geo/fill-share";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { polygonLatLngs } from "@/map/leaflet-coords";
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
    for (const shape of shapes) {
      group.addLayer(L.polygon(polygonLatLngs(shape.outline), {
        stroke: false, fillColor: PROGRESS_EMPTY, fillOpacity: 0.75, interactive: false,
      }));
      const filled = shape.share === null ? null : fillToShare(shape.outline, shape.share);
      if (filled) {
        group.addLayer(L.polygon(polygonLatLngs(filled), {
          stroke: false, fillColor: PROGRESS_FILL, fillOpacity: 0.85, interactive: false,
        }));
      }
    }
    addInOrder(map, "progress", group);
    return function removeGauges() {
      removeFromOrder(map, "progress", group);
    };
  }, [map, shapes, visible]);
}
