// Points to hang things on: a polygon's centroid, a label point guaranteed inside an L- or
// C-shaped outline, and the middle of a road's centre line.

import { along } from "@turf/along";
import { area } from "@turf/area";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { distance } from "@turf/distance";
import type { LineGeometry, LonLat, PolygonGeometry } from "@/geo/geometry";
import { linesOf, polygonsOf } from "@/geo/geometry";

/** The outer ring of the largest part of a polygon geometry; null when it has none. */
function largestOuterRing(geometry: PolygonGeometry): number[][] | null {
  const polygons = polygonsOf(geometry);
  if (polygons.length === 1) return polygons[0]?.[0] ?? null;
  let best: number[][] | null = null;
  let bestArea = -1;
  for (const rings of polygons) {
    const outer = rings[0];
    if (!outer) continue;
    const size = area({ type: "Polygon", coordinates: [outer] });
    if (size > bestArea) {
      best = outer;
      bestArea = size;
    }
  }
  return best;
}

/**
 * The area-weighted centroid of a polygon geometry's largest outer ring (its vertex mean when the
 * ring has no area). Summed relative to the ring's first vertex: products of raw degrees (~106 × 21)
 * would cancel out the differences that make up a parcel a few metres wide.
 */
// Hand-written: turf's area-weighted centroid (@turf/center-of-mass) is slower over the parcels and brings convex-hull code into the first view's JS (bench:geo).
export function polygonCentroid(geometry: PolygonGeometry): LonLat | null {
  const ring = largestOuterRing(geometry);
  if (!ring || ring.length === 0) return null;
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
    const n = ring.length;
    return [ring.reduce((s, p) => s + (p[0] as number), 0) / n, ring.reduce((s, p) => s + (p[1] as number), 0) / n];
  }
  return [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)];
}

/**
 * A point to put a polygon's label on: the centroid of its largest part when that lies inside
 * (not on an edge), otherwise the middle of the widest inside span on the centroid's latitude
 * (for L- or C-shapes).
 */
// Hand-written: turf's pointOnFeature then falls back to a vertex, on the outline, where a label sits half outside (test).
export function labelPoint(geometry: PolygonGeometry): LonLat | null {
  const centroid = polygonCentroid(geometry);
  if (!centroid || booleanPointInPolygon([...centroid], geometry, { ignoreBoundary: true })) return centroid;
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

/** The point halfway along the longest line of a LineString or MultiLineString (geodesic, @turf/along). */
export function lineMidpoint(geometry: LineGeometry): LonLat | null {
  let best: number[][] | null = null;
  let bestLength = -1;
  for (const line of linesOf(geometry)) {
    if (line.length === 0) continue;
    // @turf/length would add turf's generic segment walker to the first view's JS for this sum.
    const size = line.reduce((sum, p, i) => (i === 0 ? 0 : sum + distance(line[i - 1] as number[], p)), 0);
    if (size > bestLength) {
      best = line;
      bestLength = size;
    }
  }
  if (!best) return null;
  const [lon = Number.NaN, lat = Number.NaN] = along({ type: "LineString", coordinates: best }, bestLength / 2).geometry.coordinates;
  return [lon, lat];
}
