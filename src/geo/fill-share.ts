// The "filled gauge" of a project at province zoom: the part of its outline, from the bottom
// (south) up, whose area is the given share of the whole, so an outline filled to 60 % reads
// as 60 % cleared. The outline is clipped by @turf/bbox-clip and measured by @turf/area; the fill
// level is found by false position over the latitude.

import { bboxClip } from "@turf/bbox-clip";
import type { PolygonGeometry } from "@/geo/geometry";
import { geometryBox, planarArea, polygonsOf } from "@/geo/geometry";

/** How close the filled share gets to the wanted one (a millionth of the project's area)… */
const SHARE_TOLERANCE = 1e-6;
/** …or the fill level to the exact one, in degrees of latitude (about 1 cm). */
const LEVEL_TOLERANCE_DEG = 1e-7;

/** The geometry clipped to lat ≤ level; null when nothing is left. */
export function clipBelow(geometry: PolygonGeometry, level: number): PolygonGeometry | null {
  const polygons: number[][][][] = [];
  for (const rings of polygonsOf(geometry)) {
    // Clipped part by part, so that a part above the level goes whole (turf keeps it as an empty polygon).
    const clipped = bboxClip({ type: "Polygon", coordinates: rings }, [-180, -90, 180, level]).geometry.coordinates as number[][][];
    if (clipped.length > 0) polygons.push(clipped);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] as number[][][] }
    : { type: "MultiPolygon", coordinates: polygons };
}

/** The area of `geometry` below the latitude `level`: planarArea(clipBelow(geometry, level)), 0 when none. */
export function areaBelow(geometry: PolygonGeometry, level: number): number {
  const clipped = clipBelow(geometry, level);
  return clipped ? planarArea(clipped) : 0;
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
