// The household page's map of the parcels the household holds: a small Leaflet map of its own
// (the one-map rule is the map route's), each parcel filled in its stage's colour with a hover
// text, and a click that tells the page which parcel was meant. No tiles: it works offline and
// in tests. It is handed the shapes and texts and fetches nothing.

import { useEffect } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { PolygonGeometry } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";
import { geometryBox } from "@/geo/geometry";
import { boxToLatLngBounds, polygonLatLngs } from "@/map/leaflet-coords";
import { tooltipContent } from "@/map/tooltip-content";
import { useSmallMap } from "@/map/use-small-map";

/** One parcel as drawn. */
export interface HoldingShape {
  readonly id: string;
  readonly geometry: PolygonGeometry;
  readonly fill: string;
  /** Drawn with a dashed red edge. */
  readonly blocked: boolean;
  /** Hover text (plain text). */
  readonly label: string;
}

interface HoldingsMapProps {
  /** The map's accessible name. */
  readonly label: string;
  readonly zoomInLabel: string;
  readonly zoomOutLabel: string;
  readonly shapes: readonly HoldingShape[];
  readonly onPick?: (id: string) => void;
}

function holdingsMapOptions(): L.MapOptions {
  return {
    preferCanvas: true, renderer: L.canvas({ padding: 0.2, tolerance: 4 }), scrollWheelZoom: false,
    center: [20.8, 106.05], zoom: 14, minZoom: 8, maxZoom: 21, zoomSnap: 0.25, attributionControl: false,
  };
}

export function HoldingsMap(props: HoldingsMapProps) {
  const [map, hostRef] = useSmallMap(holdingsMapOptions, props.zoomInLabel, props.zoomOutLabel);
  useShapes(map, props.shapes, props.onPick);
  return <div ref={hostRef} className="holdings-map" role="group" aria-label={props.label} />;
}

/** Draws the parcels and fits them whenever they change. */
function useShapes(map: L.Map | null, shapes: readonly HoldingShape[], onPick: ((id: string) => void) | undefined) {
  useEffect(() => {
    if (!map) return;
    const group = L.featureGroup();
    for (const shape of shapes) {
      const layer = L.polygon(polygonLatLngs(shape.geometry), {
        color: shape.blocked ? "#a4262c" : "#0f3d5c", weight: 2, dashArray: shape.blocked ? "6 4" : undefined,
        fillColor: shape.fill, fillOpacity: 0.75,
      });
      layer.bindTooltip(tooltipContent(shape.label), { sticky: true });
      if (onPick) layer.on("click", () => onPick(shape.id));
      group.addLayer(layer);
    }
    group.addTo(map);
    const box = unionBounds(shapes.map((s) => geometryBox(s.geometry)));
    // a lone small parcel would fill the map at the highest zoom: stop at a street's scale
    if (box) map.fitBounds(boxToLatLngBounds(box), { padding: [16, 16], maxZoom: 18, animate: false });
    return function removeShapes() {
      group.remove();
    };
  }, [map, shapes, onPick]);
}
