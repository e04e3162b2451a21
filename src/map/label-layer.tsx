// The map's labels as a React layer: the drawing and placement are in src/map/draw/labels.ts.

import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { LabelLayer as Labels, MapLabel } from "@/map/draw/labels";
import { labelLayer } from "@/map/draw/labels";

interface LabelLayerProps {
  readonly labels: readonly MapLabel[];
  readonly visible: boolean;
}

/** Shows `labels` while `visible`. */
export function LabelLayer({ labels, visible }: LabelLayerProps) {
  useLabelLayer(labels, visible);
  return null;
}

function useLabelLayer(labels: readonly MapLabel[], visible: boolean): void {
  const map = useMap();
  const layer = useRef<Labels | null>(null);

  useEffect(() => {
    const created = labelLayer(map);
    layer.current = created;
    return function removeLabels() {
      created.dispose();
      layer.current = null;
    };
  }, [map]);

  useEffect(() => {
    layer.current?.setLabels(labels);
  }, [map, labels]);

  useEffect(() => {
    const group = layer.current?.layer;
    if (!group) return;
    if (visible) group.addTo(map);
    else group.remove();
  }, [map, visible]);
}
