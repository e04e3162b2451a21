// The "filled gauge" of a project at province zoom: the part of its outline, from the bottom
// (south) up, whose area is the given share of the whole, so an outline filled to 60 % reads
// as 60 % cleared. The fill level is found by bisection over the latitude.

import type { PolygonGeometry } from "@/geo/geometry";
import { geometryBox, planarArea, polygonsOf } from "@/geo/geometry";

/** Clips a ring to the half-plane lat ≤ level (Sutherland–Hodgman); may return fewer than 4 points. */
function clipRingBelow(ring: readonly (readonly number[])[], level: number): number[][] {
  const out: number[][] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const current = ring[i] as number[];
    const previous = ring[(i + n - 1) % n] as number[];
    const inCurrent = (current[1] as number) <= level;
    const inPrevious = (previous[1] as number) <= level;
    if (inCurrent !== inPrevious) {
      const t = (level - (previous[1] as number)) / ((current[1] as number) - (previous[1] as number));
      out.push([(previous[0] as number) + t * ((current[0] as number) - (previous[0] as number)), level]);
    }
    if (inCurrent) out.push([current[0] as number, current[1] as number]);
  }
  if (out.length > 0) {
    const first = out[0] as number[];
    const last = out[out.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0] as number, first[1] as number]);
  }
  return out;
}

/** The geometry clipped to lat ≤ level; null when nothing is left. */
export function clipBelow(geometry: PolygonGeometry, level: number): PolygonGeometry | null {
  const polygons: number[][][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const [outer, ...holes] = rings;
    if (!outer) continue;
    const clippedOuter = clipRingBelow(outer, level);
    if (clippedOuter.length < 4) continue;
    const clippedHoles = holes.map((h) => clipRingBelow(h, level)).filter((h) => h.length >= 4);
    polygons.push([clippedOuter, ...clippedHoles]);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] as number[][][] }
    : { type: "MultiPolygon", coordinates: polygons };
}

/**
 * The bottom part of `geometry` holding `share` (0..1) of its area; null for a share of 0 or
 * less (nothing to fill), the geometry itself for 1 or more.
 */
export function fillToShare(geometry: PolygonGeometry, share: number): PolygonGeometry | null {
  if (!(share > 0)) return null;
  if (share >= 1) return geometry;
  const box = geometryBox(geometry);
  const total = planarArea(geometry);
  if (!box || !(total > 0)) return null;
  let low = box[1];
  let high = box[3];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    const part = clipBelow(geometry, mid);
    const filled = part ? planarArea(part) / total : 0;
    if (filled < share) low = mid;
    else high = mid;
  }
  return clipBelow(geometry, (low + high) / 2);
}
