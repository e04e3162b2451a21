// Points to hang things on: a polygon's centroid, a label point guaranteed inside an L- or
// C-shaped outline, and the middle of a road's centre line. Planar maths on [lon, lat].

import type { LineGeometry, LonLat, PolygonGeometry } from "@/geo/geometry";
import { linesOf, pointInPolygon, polygonsOf, ringSignedArea } from "@/geo/geometry";

/**
 * The area-weighted centroid of a ring (its vertex mean when degenerate). Computed relative to
 * the first vertex: products of raw degrees (~106 × 21) cancel out the differences that make up
 * a parcel a few metres wide, which once put an 11 m parcel's centroid 128 m away.
 */
function ringCentroid(ring: readonly (readonly number[])[]): LonLat {
  const [ox = 0, oy = 0] = ring[0] ?? [];
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const ax = (ring[j]?.[0] ?? 0) - ox;
    const ay = (ring[j]?.[1] ?? 0) - oy;
    const bx = (ring[i]?.[0] ?? 0) - ox;
    const by = (ring[i]?.[1] ?? 0) - oy;
    const f = ax * by - bx * ay;
    cx += (ax + bx) * f;
    cy += (ay + by) * f;
    twiceArea += f;
  }
  if (Math.abs(twiceArea) < 1e-20) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + (p[0] as number), 0) / n, ring.reduce((s, p) => s + (p[1] as number), 0) / n];
  }
  return [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)];
}

/** The centroid of a polygon geometry's largest outer ring. */
export function polygonCentroid(geometry: PolygonGeometry): LonLat | null {
  let best: number[][] | null = null;
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const outer = rings[0];
    if (!outer) continue;
    const area = Math.abs(ringSignedArea(outer));
    if (area > bestArea) {
      best = outer;
      bestArea = area;
    }
  }
  return best ? ringCentroid(best) : null;
}

/**
 * A point to put a polygon's label on: the centroid of its largest part when that lies inside,
 * otherwise the middle of the widest inside span on the centroid's latitude (for L- or C-shapes).
 */
export function labelPoint(geometry: PolygonGeometry): LonLat | null {
  const centroid = polygonCentroid(geometry);
  if (!centroid || pointInPolygon(centroid, geometry)) return centroid;
  const y = centroid[1];
  const crossings: number[] = [];
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
  }
  crossings.sort((a, b) => a - b);
  let best: LonLat = centroid;
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = (crossings[i + 1] as number) - (crossings[i] as number);
    if (width > widest) {
      widest = width;
      best = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

/** The point halfway along the longest line of a LineString or MultiLineString (planar). */
export function lineMidpoint(geometry: LineGeometry): LonLat | null {
  let best: number[][] | null = null;
  let bestLength = -1;
  const lengthOf = (line: number[][]) =>
    line.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.hypot((p[0] as number) - (line[i - 1]?.[0] as number), (p[1] as number) - (line[i - 1]?.[1] as number))), 0);
  for (const line of linesOf(geometry)) {
    const length = lengthOf(line);
    if (line.length > 0 && length > bestLength) {
      best = line;
      bestLength = length;
    }
  }
  if (!best) return null;
  let remaining = bestLength / 2;
  for (let i = 1; i < best.length; i++) {
    const a = best[i - 1] as number[];
    const b = best[i] as number[];
    const step = Math.hypot((b[0] as number) - (a[0] as number), (b[1] as number) - (a[1] as number));
    if (step >= remaining && step > 0) {
      const t = remaining / step;
      return [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), (a[1] as number) + t * ((b[1] as number) - (a[1] as number))];
    }
    remaining -= step;
  }
  const first = best[0] as number[];
  return [first[0] as number, first[1] as number];
}
