// The offline basemap: the province outline (filled like land when there are no tiles) and the
// district boundaries, with their source's attribution in the attribution control.

import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import { addInOrder, removeFromOrder } from "@/map/layer-order";
import { polygonLatLngs } from "@/map/leaflet-coords";

interface BoundaryLayerProps {
  readonly province: readonly PolygonGeometry[];
  readonly districts: readonly PolygonGeometry[];
  readonly showDistricts: boolean;
  /** Fill the province like land: on when there is no tile background. */
  readonly filled: boolean;
  /** Shown in the attribution control while the layer is on the map. */
  readonly attribution: string;
}

const PROVINCE_STYLE: L.PathOptions = {
  color: "#37474f", weight: 2.5, fillColor: "#fbf8ef", interactive: false,
};
const DISTRICT_STYLE: L.PathOptions = {
  color: "#6b7b88", weight: 1.2, dashArray: "6 4", fill: false, interactive: false,
};

/** Draws the boundaries beneath everything else. */
export function BoundaryLayer(props: BoundaryLayerProps) {
  useBoundaryLayer(props);
  return null;
}

function useBoundaryLayer({ province, districts, showDistricts, filled, attribution }: BoundaryLayerProps): void {
  const map = useMap();
  const provinceLayers = useRef<L.Polygon[]>([]);
  const districtGroup = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    const group = L.featureGroup([], { attribution });
    provinceLayers.current = province.map((g) => L.polygon(polygonLatLngs(g), { ...PROVINCE_STYLE, fillOpacity: 0 }));
    const districtLayers = L.featureGroup(districts.map((g) => L.polygon(polygonLatLngs(g), DISTRICT_STYLE)));
    districtGroup.current = districtLayers;
    for (const layer of provinceLayers.current) group.addLayer(layer);
    group.addLayer(districtLayers);
    addInOrder(map, "boundaries", group);
    return function removeBoundaries() {
      removeFromOrder(map, "boundaries", group);
      districtGroup.current = null;
    };
  }, [map, province, districts, attribution]);

  useEffect(() => {
    for (const layer of provinceLayers.current) layer.setStyle({ fillOpacity: filled ? 1 : 0 });
  }, [filled, province]);

  useEffect(() => {
    const layers = districtGroup.current;
    if (!layers) return;
    layers.setStyle({ opacity: showDistricts ? 1 : 0 });
  }, [showDistricts, districts]);
}
