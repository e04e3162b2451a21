// The offline basemap as a React layer: the layers themselves are in src/map/draw/boundaries.ts.

import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import type { BoundaryLayers } from "@/map/draw/boundaries";
import { boundaryLayers } from "@/map/draw/boundaries";
import { addInOrder, removeFromOrder } from "@/map/layer-order";

interface BoundaryLayerProps {
  readonly province: readonly PolygonGeometry[];
  readonly districts: readonly PolygonGeometry[];
  readonly showDistricts: boolean;
  /** Fill the province like land: on when there is no tile background. */
  readonly filled: boolean;
  /** Shown in the attribution control while the layer is on the map. */
  readonly attribution: string;
}

/** Draws the boundaries beneath everything else. */
export function BoundaryLayer(props: BoundaryLayerProps) {
  useBoundaryLayer(props);
  return null;
}

function useBoundaryLayer({ province, districts, showDistricts, filled, attribution }: BoundaryLayerProps): void {
  const map = useMap();
  const layers = useRef<BoundaryLayers | null>(null);

  useEffect(() => {
    const drawn = boundaryLayers(province, districts, attribution);
    layers.current = drawn;
    addInOrder(map, "boundaries", drawn.group);
    return function removeBoundaries() {
      removeFromOrder(map, "boundaries", drawn.group);
      layers.current = null;
    };
  }, [map, province, districts, attribution]);

  useEffect(() => {
    layers.current?.setFilled(filled);
  }, [filled, province, districts, attribution]);

  useEffect(() => {
    layers.current?.setDistrictsShown(showDistricts);
  }, [showDistricts, province, districts, attribution]);
}
