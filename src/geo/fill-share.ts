// The "filled gauge" of a project at province zoom: the part of its outline, from the bottom
// (south) up, whose area is the given share of the whole, so an outline filled to 60 % reads
// as 60 % cleared. The fill level is found by false position over the latitude.

import type { PolygonGeometry } from "@/geo/geometry";
import { geometryBox, planarArea, polygonsOf } from "@/geo/geometry";

/** How close the filled share gets to the wanted one (a millionth of the project's area)… */
const SHARE_TOLERANCE = 1e-6;
/** …or the fill level to the exact one, in degrees of latitude (about 1 cm). */
const LEVEL_TOLERANCE_DEG = 1e-7;

/**
 * Visits, in order, the points of `ring` clipped to the half-plane lat ≤ level (Sutherland–
 * Hodgman), without closing the ring: the one clipping rule behind clipRingBelow and ringAreaBelow.
 */
function visitClippedRing(ring: readonly (readonly number[])[], level: number, visit: (x: number, y: number) => void): void {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = ring[i] as [number, number];
    const [px, py] = ring[(i + n - 1) % n] as [number, number];
    if (cy <= level !== py <= level) {
      const t = (level - py) / (cy - py);
      visit(px + t * (cx - px), level);
    }
    if (cy <= level) visit(cx, cy);
  }
}

/** Clips a ring to the half-plane lat ≤ level; may return fewer than 4 points. */
function clipRingBelow(ring: readonly (readonly number[])[], level: number): number[][] {
  const out: number[][] = [];
  visitClippedRing(ring, level, (x, y) => out.push([x, y]));
  if (out.length > 0) {
    const first = out[0] as number[];
    const last = out[out.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0] as number, first[1] as number]);
  }
  return out;
}

/**
 * The planar area of `ring` clipped to lat ≤ level, as planarArea would give for the ring
 * clipRingBelow returns, but without building it: the fill level's search asks this 4–8 times
 * per project, and building the rings made the gauges a tenth of the province view's first draw.
 */
function ringAreaBelow(ring: readonly (readonly number[])[], level: number): number {
  let sum = 0;
  let count = 0;
  let firstX = 0;
  let firstY = 0;
  let lastX = 0;
  let lastY = 0;
  visitClippedRing(ring, level, (x, y) => {
    if (count === 0) {
      firstX = x;
      firstY = y;
    } else {
      sum += lastX * y - x * lastY;
    }
    lastX = x;
    lastY = y;
    count += 1;
  });
  if (count < 3) return 0;
  sum += lastX * firstY - firstX * lastY;
  return Math.abs(sum / 2);
}

/** planarArea(clipBelow(geometry, level)), computed without clipping. */
export function areaBelow(geometry: PolygonGeometry, level: number): number {
  let total = 0;
  for (const rings of polygonsOf(geometry)) {
    const [outer, ...holes] = rings;
    if (!outer) continue;
    const outerArea = ringAreaBelow(outer, level);
    if (outerArea === 0) continue;
    total += outerArea;
    for (const hole of holes) total -= ringAreaBelow(hole, level);
  }
  return total;
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
  // The Illinois method (false position, halving the weight of an end kept twice): the filled
  // share grows smoothly with the level, so it takes 4–8 measurements of the whole outline where
  // bisection took 20, and the province view fills every project before it is first shown.
  let low = box[1];
  let high = box[3];
  let offLow = -share; // filled share minus the wanted one, at each end of the bracket
  let offHigh = 1 - share;
  let lastMoved: "low" | "high" | null = null;
  let level = low;
  for (let i = 0; i < 60; i++) {
    level = (low * offHigh - high * offLow) / (offHigh - offLow);
    const off = areaBelow(geometry, level) / total - share;
    if (Math.abs(off) < SHARE_TOLERANCE || high - low < LEVEL_TOLERANCE_DEG) break;
    if (off < 0) {
      low = level;
      offLow = off;
      if (lastMoved === "low") offHigh /= 2;
      lastMoved = "low";
    } else {
      high = level;
      offHigh = off;
      if (lastMoved === "high") offLow /= 2;
      lastMoved = "high";
    }
  }
  return clipBelow(geometry, level);
}
