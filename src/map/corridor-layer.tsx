// The right-of-way corridors of road projects (Ring Road 4…): each centre line widened by its
// corridor width with @turf/buffer. The buffer code is loaded only when corridors are drawn.

import { useEffect, useState } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { LineGeometry, PolygonGeometry } from "@/geo/geometry";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { polygonLatLngs } from "@/map/leaflet-coords";
import { CORRIDOR_FILL } from "@/map/project-styles";
import { tooltipContent } from "@/map/tooltip-content";

/** A road with its corridor width. */
export interface CorridorSource {
  readonly id: string;
  readonly line: LineGeometry;
  readonly widthM: number;
  /** Hover text (the road's name and width), shown as plain text. */
  readonly tooltip: string;
}

interface CorridorLayerProps {
  readonly roads: readonly CorridorSource[];
  readonly visible: boolean;
}

/** Draws the corridors while `visible`. */
export function CorridorLayer(props: CorridorLayerProps) {
  useCorridorLayer(props);
  return null;
}

function useCorridors(roads: readonly CorridorSource[], wanted: boolean) {
  const [corridors, setCorridors] = useState<{ source: CorridorSource; polygon: PolygonGeometry }[] | null>(null);
  useEffect(() => {
    if (!wanted || roads.length === 0) return;
    let current = true;
    void import("@/geo/corridor").then(({ corridorPolygon }) => {
      if (!current) return;
      setCorridors(roads.flatMap((source) => {
        const polygon = corridorPolygon(source.line, source.widthM);
        return polygon ? [{ source, polygon }] : [];
      }));
    });
    return function ignoreLateResult() {
      current = false;
    };
  }, [roads, wanted]);
  return corridors;
}

function useCorridorLayer({ roads, visible }: CorridorLayerProps): void {
  const map = useMap();
  const corridors = useCorridors(roads, visible);
  useEffect(() => {
    if (!corridors || !visible) return;
    const group = L.featureGroup(corridors.map(({ source, polygon }) =>
      L.polygon(polygonLatLngs(polygon), {
        color: CORRIDOR_FILL, weight: 1, opacity: 0.9, fillColor: CORRIDOR_FILL, fillOpacity: 0.35,
      }).bindTooltip(() => tooltipContent(source.tooltip), { sticky: true, className: "map-tooltip" })));
    addInOrder(map, "corridor", group);
    return function removeCorridors() {
      removeFromOrder(map, "corridor", group);
    };
  }, [map, corridors, visible]);
}
