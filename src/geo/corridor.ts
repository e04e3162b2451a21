// The right-of-way corridor of a road project: its centre line widened by half the corridor
// width on each side (@turf/buffer, geodesic metres). Kept in its own module so the map can
// load turf's buffer code (large) only when a corridor is drawn.

import { buffer } from "@turf/buffer";
import type { LineGeometry, PolygonGeometry } from "@/geo/geometry";

/** Arc segments per quarter circle at the corridor's ends: smooth enough, few vertices. */
const STEPS = 4;

/**
 * The corridor polygon of a centre line `widthM` metres wide in total (half on each side),
 * or null when the width is not a positive number or the line is empty.
 */
export function corridorPolygon(line: LineGeometry, widthM: number): PolygonGeometry | null {
  if (!(widthM > 0) || line.coordinates.length === 0) return null;
  const geometry = line.type === "LineString"
    ? { type: "LineString" as const, coordinates: line.coordinates }
    : { type: "MultiLineString" as const, coordinates: line.coordinates };
  const result = buffer({ type: "Feature", properties: {}, geometry }, widthM / 2, { units: "meters", steps: STEPS });
  const shape = result?.geometry;
  if (!shape) return null;
  return shape.type === "Polygon"
    ? { type: "Polygon", coordinates: shape.coordinates }
    : { type: "MultiPolygon", coordinates: shape.coordinates };
}
