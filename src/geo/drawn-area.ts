// The drawn area of a polygon for area_mismatch (contract of issue #14): turf's spherical formula
// with radius 6378137 m, as the SQL computes it. @turf/area 7.4 uses 6371008.8 m, so its result is
// scaled by the square of the radii's ratio.

import { area } from "@turf/area";

/** @turf/helpers' earthRadius, which @turf/area 7.4 uses (the shared cases' areas catch a change). */
const TURF_RADIUS = 6371008.8;
const SCALE = (6378137 / TURF_RADIUS) ** 2;

type Rings = readonly (readonly (readonly number[])[])[];

/** The drawn area (m²) of a Polygon or MultiPolygon in WGS84 (holes subtracted). */
export function drawnArea(
  geometry: { readonly type: "Polygon"; readonly coordinates: Rings } | { readonly type: "MultiPolygon"; readonly coordinates: readonly Rings[] },
): number {
  return area(geometry as Parameters<typeof area>[0]) * SCALE;
}
