// The import page's preview map: a small Leaflet map of its own (the one-map rule is the map
// route's), with the province and district boundaries as the basemap (no tiles: the preview
// must work offline and in tests), the file's rows over it (rows with problems in red), a marker
// at each problem's place, fitted to the rows so that a file in the wrong coordinate system is
// seen landing outside the province. `focus` moves the map to one row.

import { useEffect } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { LonLat, LonLatBox, PolygonGeometry } from "@/geo/geometry";
import { boundaryLayers } from "@/map/draw/boundaries";
import { boxToLatLngBounds } from "@/map/leaflet-coords";
import type { PreviewGeometry } from "@/map/preview-map-shapes";
import { previewBox, previewLatLngs } from "@/map/preview-map-shapes";
import { tooltipContent } from "@/map/tooltip-content";
import { useSmallMap } from "@/map/use-small-map";

/** One row of the file as drawn: red when it has a problem. */
export interface PreviewRow {
  readonly row: number;
  readonly geometry: PreviewGeometry;
  readonly bad: boolean;
}

/** A problem's place, with its hover text (plain text). */
export interface PreviewMarker {
  readonly key: string;
  readonly at: LonLat;
  readonly label: string;
}

/** Where to move the map; a new `nonce` moves it again to the same place. */
export interface PreviewFocus {
  readonly box: LonLatBox;
  readonly nonce: number;
}

interface PreviewMapProps {
  /** The map's accessible name. */
  readonly label: string;
  readonly zoomInLabel: string;
  readonly zoomOutLabel: string;
  readonly province: readonly PolygonGeometry[];
  readonly districts: readonly PolygonGeometry[];
  readonly attribution: string;
  readonly rows: readonly PreviewRow[];
  readonly markers: readonly PreviewMarker[];
  readonly focus: PreviewFocus | null;
  /** The project's outline or centre line, drawn dashed under the rows. */
  readonly project: PreviewGeometry | null;
}

const GOOD_STYLE: L.PathOptions = { color: "#0b5f8a", weight: 1.5, fillColor: "#4aa3d8", fillOpacity: 0.35, interactive: false };
const BAD_STYLE: L.PathOptions = { color: "#a4262c", weight: 2.5, fillColor: "#e5484d", fillOpacity: 0.45, interactive: false };
const PROJECT_STYLE: L.PathOptions = { color: "#6d3fb0", weight: 2, dashArray: "8 5", fill: false, interactive: false };
const MARKER_STYLE: L.CircleMarkerOptions = { radius: 6, color: "#ffffff", weight: 2, fillColor: "#a4262c", fillOpacity: 1 };
/** Markers drawn at most: a file full of problems lists them all, the map shows where the first are. */
const MAX_MARKERS = 2000;

function previewMapOptions(): L.MapOptions {
  return {
    preferCanvas: true, renderer: L.canvas({ padding: 0.2, tolerance: 4 }),
    center: [20.8, 106.05], zoom: 9, minZoom: 5, maxZoom: 20, zoomSnap: 0.5,
  };
}

/** The preview map. */
export function PreviewMap(props: PreviewMapProps) {
  const [map, hostRef] = useSmallMap(previewMapOptions, props.zoomInLabel, props.zoomOutLabel);
  useBasemap(map, props.province, props.districts, props.attribution);
  useShapes(map, props.rows, props.project);
  useMarkers(map, props.markers);
  useFit(map, props.rows, props.project, props.province);
  useFocus(map, props.focus);
  return <div ref={hostRef} className="preview-map" role="application" aria-label={props.label} />;
}

function useBasemap(map: L.Map | null, province: readonly PolygonGeometry[], districts: readonly PolygonGeometry[], attribution: string) {
  useEffect(() => {
    if (!map) return;
    const layers = boundaryLayers(province, districts, attribution);
    layers.setFilled(true);
    layers.group.addTo(map);
    layers.group.bringToBack();
    return function removeBasemap() {
      layers.group.remove();
    };
  }, [map, province, districts, attribution]);
}

/** Good rows, bad rows and the project as one layer each: a file of tens of thousands of parcels draws at once. */
function useShapes(map: L.Map | null, rows: readonly PreviewRow[], project: PreviewGeometry | null) {
  useEffect(() => {
    if (!map) return;
    const group = L.featureGroup();
    if (project) addShapes(group, [project], PROJECT_STYLE);
    addShapes(group, rows.filter((r) => !r.bad).map((r) => r.geometry), GOOD_STYLE);
    addShapes(group, rows.filter((r) => r.bad).map((r) => r.geometry), BAD_STYLE);
    group.addTo(map);
    return function removeShapes() {
      group.remove();
    };
  }, [map, rows, project]);
}

function addShapes(group: L.FeatureGroup, geometries: readonly PreviewGeometry[], style: L.PathOptions) {
  const { polygons, lines } = previewLatLngs(geometries);
  if (polygons.length > 0) group.addLayer(L.polygon(polygons, style));
  if (lines.length > 0) group.addLayer(L.polyline(lines, { ...style, fill: false }));
}

function useMarkers(map: L.Map | null, markers: readonly PreviewMarker[]) {
  useEffect(() => {
    if (!map) return;
    const group = L.featureGroup();
    for (const marker of markers.slice(0, MAX_MARKERS)) {
      const layer = L.circleMarker([marker.at[1], marker.at[0]], MARKER_STYLE);
      layer.bindTooltip(tooltipContent(marker.label));
      group.addLayer(layer);
    }
    group.addTo(map);
    return function removeMarkers() {
      group.remove();
    };
  }, [map, markers]);
}

/**
 * Fits the rows (or the project, or the province when there is nothing yet) whenever they change.
 * Rows reaching beyond the province are fitted together with it, so that a file put in the wrong
 * place by a wrong coordinate system is seen far from the province, not alone on a blank map.
 */
function useFit(map: L.Map | null, rows: readonly PreviewRow[], project: PreviewGeometry | null, province: readonly PolygonGeometry[]) {
  useEffect(() => {
    if (!map) return;
    const provinceBox = previewBox(province);
    const rowsBox = previewBox(rows.map((r) => r.geometry)) ?? (project ? previewBox([project]) : null);
    const box = rowsBox && provinceBox && !boxInside(rowsBox, provinceBox) ? unionBox(rowsBox, provinceBox) : (rowsBox ?? provinceBox);
    if (box) map.fitBounds(boxToLatLngBounds(box), { padding: [16, 16], maxZoom: 17, animate: false });
  }, [map, rows, project, province]);
}

function boxInside(inner: LonLatBox, outer: LonLatBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

function unionBox(a: LonLatBox, b: LonLatBox): LonLatBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function useFocus(map: L.Map | null, focus: PreviewFocus | null) {
  useEffect(() => {
    if (!map || !focus) return;
    map.fitBounds(boxToLatLngBounds(focus.box), { padding: [32, 32], maxZoom: 19, animate: false });
  }, [map, focus]);
}
