// The admin project form's own small Leaflet map (the one-map rule is for the map route): the
// province and district boundaries as its basemap (no tiles are needed), the vertices drawn so
// far and the shape they make. It holds no drawing state: the form owns the vertices and is told
// of each click.

import { useEffect, useRef } from "react";
import L from "leaflet";
import type { LatLngTuple } from "leaflet";
import { CircleMarker, MapContainer, Polygon, Polyline, useMap, useMapEvents } from "react-leaflet";
import "leaflet/dist/leaflet.css";
import type { LonLat, LonLatBox, PolygonGeometry } from "@/geo/geometry";
import { boxToLatLngBounds, polygonLatLngs, toLatLng } from "@/map/leaflet-coords";
import { useMapLabel } from "@/map/use-map-label";

export interface DrawMapProps {
  /** The map's accessible name, saying how to draw. */
  readonly label: string;
  readonly attribution: string;
  readonly province: readonly PolygonGeometry[];
  readonly districts: readonly PolygonGeometry[];
  readonly mode: "polygon" | "line";
  readonly vertices: readonly LonLat[];
  /** True once the outline is closed or the line finished: clicks add nothing more. */
  readonly finished: boolean;
  /** Where to look first: the drawn shape's box, else the province. */
  readonly fitTo: LonLatBox | null;
  readonly onAddVertex: (vertex: LonLat) => void;
}

const PROVINCE_STYLE = { color: "#0f3d5c", weight: 2, fill: false, interactive: false } as const;
const DISTRICT_STYLE = { color: "#6b7c8c", weight: 1, fillColor: "#eef2f5", fillOpacity: 0.6, interactive: false } as const;
const SHAPE_STYLE = { color: "#c2410c", weight: 3, fillColor: "#f97316", fillOpacity: 0.25, interactive: false } as const;
const VERTEX_STYLE = { color: "#7c2d12", weight: 2, fillColor: "#ffffff", fillOpacity: 1, interactive: false } as const;

/** The draw map; the parent gives it a height. */
export function DrawMap(props: DrawMapProps) {
  return (
    <MapContainer className="draw-map" zoomSnap={0.25} center={[20.8, 106.05]} zoom={10} attributionControl={false}
      // no zoom animation: a click or a look right after a zoom would meet the shapes scaled mid-way
      zoomAnimation={false}
      style={{ height: "100%", width: "100%" }}>
      <DrawMapContent {...props} />
    </MapContainer>
  );
}

function DrawMapContent({ label, attribution, province, districts, mode, vertices, finished, fitTo, onAddVertex }: DrawMapProps) {
  useMapLabel(label);
  useAttribution(attribution);
  useFitOnce(fitTo);
  useMapEvents({
    click(event) {
      if (finished) return;
      const { lat, lng } = event.latlng.wrap();
      onAddVertex([Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
    },
  });
  const positions: LatLngTuple[] = vertices.map(toLatLng);
  return (
    <>
      {districts.map((g, i) => <Polygon key={`d${i}`} positions={polygonLatLngs(g)} pathOptions={DISTRICT_STYLE} />)}
      {province.map((g, i) => <Polygon key={`p${i}`} positions={polygonLatLngs(g)} pathOptions={PROVINCE_STYLE} />)}
      {mode === "polygon" && finished && positions.length >= 3
        ? <Polygon positions={positions} pathOptions={SHAPE_STYLE} />
        : positions.length >= 2 ? <Polyline positions={positions} pathOptions={SHAPE_STYLE} /> : null}
      {positions.map((p, i) => <CircleMarker key={i} center={p} radius={5} pathOptions={VERTEX_STYLE} />)}
    </>
  );
}

/** The boundaries' attribution, which must show wherever they are drawn. */
function useAttribution(text: string): void {
  const map = useMap();
  useEffect(() => {
    const control = L.control.attribution({ prefix: false }).addAttribution(text).addTo(map);
    return function removeAttribution() {
      control.remove();
    };
  }, [map, text]);
}

/** Fits the view once, when the map first has somewhere to look; later vertices must not move it. */
function useFitOnce(box: LonLatBox | null): void {
  const map = useMap();
  const fitted = useRef(false);
  useEffect(() => {
    if (!box || fitted.current) return;
    fitted.current = true;
    map.fitBounds(boxToLatLngBounds(box), { padding: [24, 24], maxZoom: 14, animate: false });
  }, [map, box]);
}
