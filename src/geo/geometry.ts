// GeoJSON geometry basics in WGS84 [lon, lat]: boxes, areas, point-in-polygon and intersections,
// by turf where turf does the job (a hand-written function says in one line why turf does not).
// Areas here are only compared, never reported (reported areas are the legal ones from the
// database).

import { area } from "@turf/area";
import { bbox } from "@turf/bbox";
import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanIntersects } from "@turf/boolean-intersects";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";

/** A position as GeoJSON orders it: [longitude, latitude]. Leaflet's [lat, lng] is a different type. */
export type LonLat = readonly [number, number];

/** Longitude/latitude bounds as GeoJSON orders them: [minLon, minLat, maxLon, maxLat]. */
export type LonLatBox = readonly [number, number, number, number];

/** A GeoJSON Polygon or MultiPolygon in WGS84 (the shape of parcels and project outlines). */
export type PolygonGeometry =
  | { readonly type: "Polygon"; readonly coordinates: number[][][] }
  | { readonly type: "MultiPolygon"; readonly coordinates: number[][][][] };

/** A GeoJSON LineString or MultiLineString in WGS84 (the centre line of a road project). */
export type LineGeometry =
  | { readonly type: "LineString"; readonly coordinates: number[][] }
  | { readonly type: "MultiLineString"; readonly coordinates: number[][][] };

/** Any geometry a project may have. */
export type ProjectGeometry = PolygonGeometry | LineGeometry;

/** The polygons of a Polygon or MultiPolygon, each as its rings (outer ring first). */
export function polygonsOf(geometry: PolygonGeometry): number[][][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** The lines of a LineString or MultiLineString. */
export function linesOf(geometry: LineGeometry): number[][][] {
  return geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
}

/** True for a Polygon or MultiPolygon. */
export function isPolygonGeometry(geometry: ProjectGeometry): geometry is PolygonGeometry {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

/** The box around every position of a geometry; null when it has none. */
export function geometryBox(geometry: ProjectGeometry): LonLatBox | null {
  // recompute: a `bbox` member carried by the data would otherwise be returned unchecked.
  const [minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity] = bbox(geometry, { recompute: true });
  return minLon <= maxLon ? [minLon, minLat, maxLon, maxLat] : null;
}

/** True when two boxes share at least one point. */
// Hand-written: turf has no box-to-box test (it would need two polygons and a polygon overlap test).
export function boxesIntersect(a: LonLatBox, b: LonLatBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when `point` lies inside `box` (edges included). */
// Hand-written: turf has no point-in-box test (only point-in-polygon, on a polygon built from the box).
export function boxContains(box: LonLatBox, point: LonLat): boolean {
  return point[0] >= box[0] && point[0] <= box[2] && point[1] >= box[1] && point[1] <= box[3];
}

/** A box as a closed Polygon (counter-clockwise from the south-west corner). */
export function boxPolygon(box: LonLatBox): PolygonGeometry {
  const { coordinates } = bboxPolygon([...box]).geometry;
  return { type: "Polygon", coordinates };
}

/** Signed planar area of a ring in squared degrees (positive when counter-clockwise). */
// Hand-written: turf's areas are unsigned and geodesic; this is the shoelace sum, whose sign is the ring's orientation.
export function ringSignedArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as number[];
    const b = ring[i] as number[];
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

/**
 * The area of a geometry in m² on the sphere (@turf/area; holes subtracted), for comparing
 * shapes only. The name is from its first, planar version; nothing reports it.
 */
export function planarArea(geometry: PolygonGeometry): number {
  return area(geometry);
}

/** A position as turf's types take it (mutable; turf never writes to it). */
function position(point: LonLat): number[] {
  return point as unknown as number[];
}

/** A ring closed by repeating its first position, as turf's point-in-polygon needs. */
function closed(ring: readonly (readonly number[])[]): number[][] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const rings = ring as number[][];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...rings, first as number[]] : rings;
}

/** True when `point` is inside `ring`, open or closed (a point on an edge counts as inside). */
export function pointInRing(point: LonLat, ring: readonly (readonly number[])[]): boolean {
  if (ring.length < 3) return false;
  return booleanPointInPolygon(position(point), { type: "Polygon", coordinates: [closed(ring)] });
}

/** True when `point` is inside the polygon or multipolygon (inside an outer ring, outside its holes; edges count as inside). */
export function pointInPolygon(point: LonLat, geometry: PolygonGeometry): boolean {
  return booleanPointInPolygon(position(point), geometry);
}

/** True when segments p1–p2 and q1–q2 cross or touch (collinear overlaps included). */
export function segmentsIntersect(
  p1: readonly number[], p2: readonly number[], q1: readonly number[], q2: readonly number[],
): boolean {
  return booleanIntersects(
    { type: "LineString", coordinates: [p1 as number[], p2 as number[]] },
    { type: "LineString", coordinates: [q1 as number[], q2 as number[]] },
  );
}

/** True when two polygon geometries share any point (GeoJSON "intersects"). */
export function polygonsIntersect(a: PolygonGeometry, b: PolygonGeometry): boolean {
  const boxA = geometryBox(a);
  const boxB = geometryBox(b);
  return boxA !== null && boxB !== null && boxesIntersect(boxA, boxB) && booleanIntersects(a, b);
}
