// Which parcels a box or a lasso drawn on the map takes in, for selecting many parcels at once.

import type { LonLatBox, PolygonGeometry } from "@/geo/geometry";
import { boxPolygon, boxesIntersect, geometryBox, pointInPolygon, polygonsIntersect } from "@/geo/geometry";
import { polygonCentroid } from "@/geo/label-points";

/** Anything with an optional parcel geometry, such as a cached parcel. */
export interface HasGeometry {
  readonly geometry?: PolygonGeometry | undefined;
}

/**
 * How a parcel must meet the drawn shape to be taken in: "intersects" takes every parcel the
 * shape touches; "centroid" only parcels whose centre lies inside (no neighbours grazed by the edge).
 */
export type SelectionMatch = "intersects" | "centroid";

/** The parcels (with a geometry) that meet `polygon`, in the order given. */
export function parcelsInPolygon<T extends HasGeometry>(
  parcels: Iterable<T>, polygon: PolygonGeometry, match: SelectionMatch = "intersects",
): T[] {
  const area = geometryBox(polygon);
  if (!area) return [];
  const result: T[] = [];
  for (const parcel of parcels) {
    const geometry = parcel.geometry;
    if (!geometry) continue;
    const box = geometryBox(geometry);
    if (!box || !boxesIntersect(box, area)) continue;
    if (match === "centroid") {
      const centre = polygonCentroid(geometry);
      if (centre && pointInPolygon(centre, polygon)) result.push(parcel);
    } else if (polygonsIntersect(geometry, polygon)) {
      result.push(parcel);
    }
  }
  return result;
}

/** The parcels (with a geometry) that meet the box [minLon, minLat, maxLon, maxLat]. */
export function parcelsInBounds<T extends HasGeometry>(
  parcels: Iterable<T>, bounds: LonLatBox, match: SelectionMatch = "intersects",
): T[] {
  return parcelsInPolygon(parcels, boxPolygon(bounds), match);
}
