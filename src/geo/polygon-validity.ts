// The validity rules the server checks on an imported polygon (contract of issue #14), written
// once here so the import worker refuses exactly what the SQL refuses, with the place to show.

import { segmentIntersection } from "@/geo/segment-tests";
import type { XY } from "@/geo/segment-tests";

/** Why a polygon is refused by the server's rules, and where (null where no one place fits). */
export interface ShapeFault {
  readonly code: "geometry_missing" | "geometry_type" | "ring_unclosed" | "ring_too_short" | "coordinates_invalid" | "self_intersection";
  readonly at: readonly [number, number] | null;
}

/** Any GeoJSON-like geometry, as it comes from a reader. */
interface LooseGeometry {
  readonly type: string;
  readonly coordinates?: unknown;
}

type Ring = readonly XY[];

/** The rings of each part of a Polygon or MultiPolygon, or null for any other type. */
export function partsOf(geometry: LooseGeometry): readonly (readonly Ring[])[] | null {
  if (geometry.type === "Polygon") return [geometry.coordinates as Ring[]];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as Ring[][];
  return null;
}

function at(p: XY | undefined): readonly [number, number] | null {
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0] as number, p[1] as number] : null;
}

/** The same as ringSelfIntersection, pair by pair in order: faster for the few edges of a parcel. */
function smallRingSelfIntersection(ring: Ring): [number, number] | null {
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue;
      const hit = segmentIntersection(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Where the first pair (i < j, by edge order) of non-adjacent edges of the ring meets, or null;
 * the ring is closed and has ≥ 4 positions. Edge i runs from position i to i + 1.
 */
export function ringSelfIntersection(ring: Ring): [number, number] | null {
  const edges = ring.length - 1;
  if (edges <= 32) return smallRingSelfIntersection(ring);
  // Edges sorted by their left end, so each is compared only with those whose x-range overlaps;
  // every meeting pair is seen, and the lowest (i, j) kept, as the SQL walks the pairs in order.
  const order = Array.from({ length: edges }, (_, i) => i);
  const minX = (i: number) => Math.min(ring[i]![0]!, ring[i + 1]![0]!);
  const maxX = (i: number) => Math.max(ring[i]![0]!, ring[i + 1]![0]!);
  order.sort((a, b) => minX(a) - minX(b));
  let best: { i: number; j: number; at: [number, number] } | null = null;
  for (let k = 0; k < edges; k++) {
    const e1 = order[k]!;
    const right = maxX(e1);
    const iy0 = Math.min(ring[e1]![1]!, ring[e1 + 1]![1]!);
    const iy1 = Math.max(ring[e1]![1]!, ring[e1 + 1]![1]!);
    for (let m = k + 1; m < edges; m++) {
      const e2 = order[m]!;
      if (minX(e2) > right) break;
      const i = Math.min(e1, e2);
      const j = Math.max(e1, e2);
      if (j - i === 1 || (i === 0 && j === edges - 1)) continue;
      if (best && (i > best.i || (i === best.i && j > best.j))) continue;
      const jy0 = Math.min(ring[e2]![1]!, ring[e2 + 1]![1]!);
      const jy1 = Math.max(ring[e2]![1]!, ring[e2 + 1]![1]!);
      if (jy0 > iy1 || jy1 < iy0) continue;
      const hit = segmentIntersection(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!);
      if (hit) best = { i, j, at: hit };
    }
  }
  return best?.at ?? null;
}

/**
 * The first rule of the server's subset that the geometry breaks, or null when it passes:
 * present, Polygon/MultiPolygon, each ring ≥ 4 positions and closed, finite lon in [-180, 180]
 * and lat in [-90, 90], no two non-adjacent edges of a ring meeting.
 */
export function polygonFault(geometry: LooseGeometry | null | undefined): ShapeFault | null {
  if (!geometry || !Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) {
    return geometry && partsOf(geometry) === null ? { code: "geometry_type", at: null } : { code: "geometry_missing", at: null };
  }
  const parts = partsOf(geometry);
  if (!parts) return { code: "geometry_type", at: null };
  for (const rings of parts) {
    if (!Array.isArray(rings)) return { code: "coordinates_invalid", at: null };
    if (rings.length === 0) return { code: "geometry_missing", at: null };
    for (const ring of rings) {
      if (!Array.isArray(ring)) return { code: "coordinates_invalid", at: null };
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2) return { code: "coordinates_invalid", at: null };
        const [x, y] = p as unknown[];
        if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y) || x < -180 || x > 180 || y < -90 || y > 90) {
          return { code: "coordinates_invalid", at: null };
        }
      }
    }
  }
  for (const rings of parts) {
    for (const ring of rings) if (ring.length < 4) return { code: "ring_too_short", at: at(ring[0]) };
  }
  for (const rings of parts) {
    for (const ring of rings) {
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) return { code: "ring_unclosed", at: at(first) };
    }
  }
  for (const rings of parts) {
    for (const ring of rings) {
      const hit = ringSelfIntersection(ring);
      if (hit) return { code: "self_intersection", at: hit };
    }
  }
  return null;
}
