// Planar geometry for the demo seed: a local metric projection around Hưng Yên and the few
// exact tests the generator and its test need (containment, overlap, clipped length).
// Edges are straight lines in longitude/latitude, as GeoJSON viewers draw them; the projection
// is affine, so every test gives the same answer in metres or in degrees. Point-in-ring and
// segment crossing are the app's own (src/geo/geometry.ts), so the seed and the map agree.

import { pointInRing, segmentsIntersect } from "../../src/geo/geometry";

/** A GeoJSON position: longitude, latitude (degrees). */
export type LonLat = [number, number];
/** A point in the local metric frame: metres east and north of the projection origin. */
export type Xy = [number, number];
/** A closed ring (first point repeated last, as in GeoJSON). */
export type Ring<P extends LonLat | Xy = LonLat> = P[];

const LON0 = 106.0;
const LAT0 = 20.85;
const PHI0 = (LAT0 * Math.PI) / 180;
/** Metres per degree of latitude and longitude at LAT0 (WGS84 series). */
export const M_PER_DEG_LAT = 111132.92 - 559.82 * Math.cos(2 * PHI0) + 1.175 * Math.cos(4 * PHI0);
export const M_PER_DEG_LON = 111412.84 * Math.cos(PHI0) - 93.5 * Math.cos(3 * PHI0);

/** Longitude/latitude to local metres (equirectangular at LAT0; error < 0.2 % in the province). */
export function project([lon, lat]: LonLat): Xy {
  return [(lon - LON0) * M_PER_DEG_LON, (lat - LAT0) * M_PER_DEG_LAT];
}

/** Local metres back to longitude/latitude. */
export function unproject([x, y]: Xy): LonLat {
  return [LON0 + x / M_PER_DEG_LON, LAT0 + y / M_PER_DEG_LAT];
}

/** Rounds a coordinate to whole micro-degrees (6 decimals), the precision of the seed. */
export function toMicro([lon, lat]: LonLat): [number, number] {
  return [Math.round(lon * 1e6), Math.round(lat * 1e6)];
}

/** Closes a ring by repeating its first point when needed. */
export function closeRing<P extends LonLat | Xy>(points: P[]): P[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return points;
  return first[0] === last[0] && first[1] === last[1] ? points : [...points, [first[0], first[1]] as P];
}

/** Axis-aligned bounds [minX, minY, maxX, maxY] of a list of points. */
export type Bounds = [number, number, number, number];

export function boundsOf(points: readonly (LonLat | Xy)[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function boundsMeet(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** A polygon as GeoJSON rings: the outer ring first, then holes. */
export type PolygonRings<P extends LonLat | Xy = LonLat> = Ring<P>[];

export function pointInPolygon(p: LonLat | Xy, rings: readonly Ring<LonLat | Xy>[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(p, outer)) return false;
  return !holes.some((h) => pointInRing(p, h));
}

function orient(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** Whether any edge of ring a meets any edge of ring b. */
export function ringsCross(a: readonly (LonLat | Xy)[], b: readonly (LonLat | Xy)[]): boolean {
  const ba = boundsOf(a);
  const bb = boundsOf(b);
  if (!boundsMeet(ba, bb)) return false;
  for (let i = 0; i + 1 < b.length; i++) {
    const c = b[i]!;
    const d = b[i + 1]!;
    if (Math.max(c[0], d[0]) < ba[0] || Math.min(c[0], d[0]) > ba[2] ||
        Math.max(c[1], d[1]) < ba[1] || Math.min(c[1], d[1]) > ba[3]) continue;
    for (let j = 0; j + 1 < a.length; j++) {
      if (segmentsIntersect(a[j]!, a[j + 1]!, c, d)) return true;
    }
  }
  return false;
}

/** Whether ring `inner` lies strictly inside the polygon: its vertices inside, no edges meeting. */
export function ringInsidePolygon(inner: readonly (LonLat | Xy)[], polygon: readonly Ring<LonLat | Xy>[]): boolean {
  for (const p of inner) if (!pointInPolygon(p, polygon)) return false;
  return !polygon.some((r) => ringsCross(inner, r));
}

/** Whether ring `inner` lies inside one polygon of a MultiPolygon. */
export function ringInsideMulti(inner: readonly (LonLat | Xy)[], multi: readonly PolygonRings<LonLat | Xy>[]): boolean {
  return multi.some((poly) => ringInsidePolygon(inner, poly));
}

/** Whether two simple rings share any point (crossing edges, or one inside the other). */
export function ringsOverlap(a: readonly (LonLat | Xy)[], b: readonly (LonLat | Xy)[]): boolean {
  if (!boundsMeet(boundsOf(a), boundsOf(b))) return false;
  if (ringsCross(a, b)) return true;
  return pointInRing(a[0]!, b) || pointInRing(b[0]!, a);
}

/** Signed planar area (positive when counter-clockwise), in the units of the coordinates squared. */
export function signedArea(ring: readonly (LonLat | Xy)[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Convex hull (monotone chain), counter-clockwise, closed. */
export function convexHull(points: readonly Xy[]): Ring<Xy> {
  const pts = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const lower: Xy[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && orient(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Xy[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && orient(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return closeRing([...lower, ...upper]);
}

/** Length in metres of a polyline (local projection). */
export function lineLengthM(line: readonly LonLat[]): number {
  let s = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = project(line[i]!);
    const b = project(line[i + 1]!);
    s += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return s;
}

/** Length in metres of the part of a polyline inside a MultiPolygon. */
export function lineLengthInsideM(line: readonly LonLat[], multi: readonly PolygonRings[]): number {
  let total = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    // cut the segment where it meets any boundary edge, then test each piece's midpoint
    const ts = [0, 1];
    for (const poly of multi) {
      for (const ring of poly) {
        for (let j = 0; j + 1 < ring.length; j++) {
          const t = segmentParam(a, b, ring[j]!, ring[j + 1]!);
          if (t !== null) ts.push(t);
        }
      }
    }
    ts.sort((p, q) => p - q);
    const len = lineLengthM([a, b]);
    for (let k = 0; k + 1 < ts.length; k++) {
      const t0 = ts[k]!;
      const t1 = ts[k + 1]!;
      if (t1 - t0 <= 0) continue;
      const tm = (t0 + t1) / 2;
      const m: LonLat = [a[0] + (b[0] - a[0]) * tm, a[1] + (b[1] - a[1]) * tm];
      if (multi.some((poly) => pointInPolygon(m, poly))) total += (t1 - t0) * len;
    }
  }
  return total;
}

/** Parameter t along ab where it crosses cd, or null. */
function segmentParam(a: LonLat, b: LonLat, c: LonLat, d: LonLat): number | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}
