// The point on a parcel's surface that decides its commune, district, province and project
// (contract of issue #14): the client and the SQL compute the same point, so a row refused or
// assigned here is refused or assigned the same way by the server.

import { area } from "@turf/area";
import type { LonLat } from "@/geo/geometry";

type Rings = readonly (readonly (readonly number[])[])[];

/** The part with the largest area (turf's spherical area), or undefined for no part. */
function largestPart(parts: readonly Rings[]): Rings | undefined {
  let best: Rings | undefined;
  let bestArea = -Infinity;
  for (const part of parts) {
    const a = area({ type: "Polygon", coordinates: part as number[][][] });
    if (a > bestArea) {
      bestArea = a;
      best = part;
    }
  }
  return best;
}

/**
 * The point on the surface of a Polygon (its rings) or MultiPolygon (its parts): in the largest
 * part, on the horizontal line through the middle of that part's box, the middle of the widest
 * pair of edge crossings. Null when the shape has no such crossing (empty or degenerate).
 */
export function pointOnSurface(
  geometry: { readonly type: "Polygon"; readonly coordinates: Rings } | { readonly type: "MultiPolygon"; readonly coordinates: readonly Rings[] },
): LonLat | null {
  const part = geometry.type === "Polygon" ? geometry.coordinates : largestPart(geometry.coordinates);
  if (!part) return null;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of part) {
    for (const p of ring) {
      const y = p[1] as number;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (!(minY <= maxY)) return null;
  const y = (minY + maxY) / 2;
  const xs: number[] = [];
  for (const ring of part) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as readonly number[];
      const b = ring[i] as readonly number[];
      const ay = a[1] as number;
      const by = b[1] as number;
      if ((ay > y) !== (by > y)) {
        const ax = a[0] as number;
        xs.push(ax + ((y - ay) * ((b[0] as number) - ax)) / (by - ay));
      }
    }
  }
  xs.sort((p, q) => p - q);
  let best: LonLat | null = null;
  let widest = -Infinity;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const x0 = xs[i] as number;
    const x1 = xs[i + 1] as number;
    // Strictly wider: on a tie the first (westmost) pair stays.
    if (x1 - x0 > widest) {
      widest = x1 - x0;
      best = [(x0 + x1) / 2, y];
    }
  }
  return best;
}
