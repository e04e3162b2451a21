// The preview map's geometry helpers: the import worker's geometries (readonly GeoJSON, polygons
// or lines) in Leaflet's [lat, lng] order, and the box around them.

import type { LatLngTuple } from "leaflet";
import type { LonLatBox } from "@/geo/geometry";

type Line = readonly (readonly number[])[];

/** A WGS84 geometry as the preview draws it (what the import worker gives, read only). */
export type PreviewGeometry =
  | { readonly type: "Polygon"; readonly coordinates: readonly Line[] }
  | { readonly type: "MultiPolygon"; readonly coordinates: readonly (readonly Line[])[] }
  | { readonly type: "LineString"; readonly coordinates: Line }
  | { readonly type: "MultiLineString"; readonly coordinates: readonly Line[] }
  | { readonly type: "Point"; readonly coordinates: readonly number[] };

const latLngs = (line: Line): LatLngTuple[] => line.map((p) => [p[1] as number, p[0] as number]);

/** The polygons (each its rings) and the lines of `geometries`, in Leaflet order; points are left out. */
export function previewLatLngs(geometries: readonly PreviewGeometry[]): { polygons: LatLngTuple[][][]; lines: LatLngTuple[][] } {
  const polygons: LatLngTuple[][][] = [];
  const lines: LatLngTuple[][] = [];
  for (const g of geometries) {
    if (g.type === "Polygon") polygons.push(g.coordinates.map(latLngs));
    else if (g.type === "MultiPolygon") for (const polygon of g.coordinates) polygons.push(polygon.map(latLngs));
    else if (g.type === "LineString") lines.push(latLngs(g.coordinates));
    else if (g.type === "MultiLineString") for (const line of g.coordinates) lines.push(latLngs(line));
  }
  return { polygons, lines };
}

function* positions(g: PreviewGeometry): Generator<readonly number[]> {
  if (g.type === "Point") yield g.coordinates;
  else if (g.type === "LineString") yield* g.coordinates;
  else if (g.type === "Polygon" || g.type === "MultiLineString") for (const line of g.coordinates) yield* line;
  else for (const polygon of g.coordinates) for (const ring of polygon) yield* ring;
}

/** The box around every finite position of `geometries`; null when there is none. */
export function previewBox(geometries: readonly PreviewGeometry[]): LonLatBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const g of geometries) {
    for (const p of positions(g)) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
