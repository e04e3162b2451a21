// The offline basemap's Leaflet layers: the province outline (filled like land when there are no
// tiles) and the dashed district boundaries, in one group carrying their source's attribution.

import L from "leaflet";
import type { PolygonGeometry } from "@/geo/geometry";
import { polygonLatLngs } from "@/map/leaflet-coords";

const PROVINCE_STYLE: L.PathOptions = {
  color: "#37474f", weight: 2.5, fillColor: "#fbf8ef", interactive: false,
};
const DISTRICT_STYLE: L.PathOptions = {
  color: "#6b7b88", weight: 1.2, dashArray: "6 4", fill: false, interactive: false,
};

/** The drawn boundaries, with what their look depends on. */
export interface BoundaryLayers {
  readonly group: L.FeatureGroup;
  /** Fills the province like land (on when there is no tile background). */
  setFilled(filled: boolean): void;
  setDistrictsShown(shown: boolean): void;
}

/** Builds the boundary layers (not yet on a map), unfilled with districts shown. */
export function boundaryLayers(
  province: readonly PolygonGeometry[],
  districts: readonly PolygonGeometry[],
  attribution: string,
): BoundaryLayers {
  const group = L.featureGroup([], { attribution });
  const provinceLayers = province.map((g) => L.polygon(polygonLatLngs(g), { ...PROVINCE_STYLE, fillOpacity: 0 }));
  const districtLayers = L.featureGroup(districts.map((g) => L.polygon(polygonLatLngs(g), DISTRICT_STYLE)));
  for (const layer of provinceLayers) group.addLayer(layer);
  group.addLayer(districtLayers);
  return {
    group,
    setFilled(filled) {
      for (const layer of provinceLayers) layer.setStyle({ fillOpacity: filled ? 1 : 0 });
    },
    setDistrictsShown(shown) {
      districtLayers.setStyle({ opacity: shown ? 1 : 0 });
    },
  };
}
