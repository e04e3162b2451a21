// Progress gauges per project as a React layer: drawn by src/map/draw/gauges.ts.

import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { ProgressShape } from "@/map/draw/gauges";
import { gaugeLayers } from "@/map/draw/gauges";
import { addInOrder, removeFromOrder } from "@/map/layer-order";

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
    const group = gaugeLayers(shapes);
    addInOrder(map, "progress", group);
    return function removeGauges() {
      removeFromOrder(map, "progress", group);
    };
  }, [map, shapes, visible]);
}
