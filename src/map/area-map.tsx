// The meeting view's choropleth: a small Leaflet map of its own (the one-map rule is the map
// route's) with each area filled in its class's colour and a hover text; no tiles, so that it
// works offline and in tests. It is handed the shapes, colours and texts and fetches nothing.

import { useEffect } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { PolygonGeometry } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import { boxToLatLngBounds, polygonLatLngs } from "@/map/leaflet-coords";
import { tooltipContent } from "@/map/tooltip-content";
import { useSmallMap } from "@/map/use-small-map";

/** One area as drawn. */
export interface AreaShape {
  readonly id: string;
  readonly geometry: PolygonGeometry;
  readonly fill: string;
  /** Hover text (plain text): name and figures. */
  readonly label: string;
}

interface AreaMapProps {
  /** The map's accessible name. */
  readonly label: string;
  readonly zoomInLabel: string;
  readonly zoomOutLabel: string;
  readonly shapes: readonly AreaShape[];
  /** The province outline under the areas, when known. */
  readonly outline: readonly PolygonGeometry[];
  readonly attribution: string;
}

function areaMapOptions(): L.MapOptions {
  return {
    preferCanvas: true, renderer: L.canvas({ padding: 0.2, tolerance: 2 }), scrollWheelZoom: false,
    center: [20.8, 106.05], zoom: 9, minZoom: 6, maxZoom: 16, zoomSnap: 0.25,
  };
}

const OUTLINE_STYLE: L.PathOptions = { color: "#0f3d5c", weight: 2, fill: false, interactive: false };

export function AreaMap(props: AreaMapProps) {
  const [map, hostRef] = useSmallMap(areaMapOptions, props.zoomInLabel, props.zoomOutLabel);
  useShapes(map, props.shapes, props.outline, props.attribution);
  return <div ref={hostRef} className="area-map" role="img" aria-label={props.label} />;
}

/** Draws the areas and fits them whenever they change (a new day or level brings new shapes). */
function useShapes(map: L.Map | null, shapes: readonly AreaShape[], outline: readonly PolygonGeometry[], attribution: string) {
  useEffect(() => {
    if (!map) return;
    const group = L.featureGroup();
    for (const shape of shapes) {
      const layer = L.polygon(polygonLatLngs(shape.geometry), { color: "#ffffff", weight: 1, fillColor: shape.fill, fillOpacity: 0.85 });
      layer.bindTooltip(tooltipContent(shape.label), { sticky: true });
      group.addLayer(layer);
    }
    for (const geometry of outline) group.addLayer(L.polygon(polygonLatLngs(geometry), OUTLINE_STYLE));
    group.addTo(map);
    map.attributionControl.addAttribution(attribution);
    const box = unionBounds([...shapes.map((s) => geometryBox(s.geometry)), ...outline.map((g) => geometryBox(g))]);
    // more room at the foot: the attribution covers the bottom of a small map
    if (box) map.fitBounds(boxToLatLngBounds(box), { paddingTopLeft: [8, 8], paddingBottomRight: [8, 44], animate: false });
    return function removeShapes() {
      group.remove();
      map.attributionControl.removeAttribution(attribution);
    };
  }, [map, shapes, outline, attribution]);
}
