// Which parcels a drawn box or lasso picks, which of them the officer may change, and which pass
// the map's filters. Pure. A parcel is "in" a shape when its centroid is: neighbours grazed by
// the edge of a drag are not taken (advancing a parcel by mistake is worse than missing one).

import type { StageId } from "@/domain/stages";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { matchesFilters } from "@/domain/parcel-filters";
import type { LonLat, LonLatBox } from "@/geo/geometry";
import { polygonCentroid } from "@/geo/label-points";


/** What the officer drew: a box, or a freehand ring of [lon, lat] points (closing point optional). */
export type DrawnShape =
  | { readonly kind: "box"; readonly box: LonLatBox }
  | { readonly kind: "ring"; readonly ring: readonly LonLat[] };

/** The parcel fields a selection reads. */
export interface SelectableParcel {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly geometry?:
    | { readonly type: "Polygon"; readonly coordinates: number[][][] }
    | { readonly type: "MultiPolygon"; readonly coordinates: number[][][][] };
}

/** A parcel's centroid (of its largest outer ring); null without geometry. */
export function parcelCentroid(geometry: SelectableParcel["geometry"]): LonLat | null {
  return geometry ? polygonCentroid(geometry) : null;
}

/** Even-odd point-in-ring test (the ring may be open or closed). */
export function pointInRing([x, y]: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies in the shape. */
export function pointInShape(point: LonLat, shape: DrawnShape): boolean {
  if (shape.kind === "ring") return shape.ring.length >= 3 && pointInRing(point, shape.ring);
  const [minLon, minLat, maxLon, maxLat] = shape.box;
  return point[0] >= minLon && point[0] <= maxLon && point[1] >= minLat && point[1] <= maxLat;
}

/** The parcels a shape picks, split into those the officer may change and those outside their area. */
export interface Picked {
  readonly editable: readonly string[];
  readonly outside: readonly string[];
}

/** Picks the parcels passing the filters whose centroid lies in the shape. */
export function pickParcels(
  parcels: Iterable<SelectableParcel>,
  shape: DrawnShape,
  filters: ParcelFilters,
  canEdit: (adminUnitId: string) => boolean,
): Picked {
  const editable: string[] = [];
  const outside: string[] = [];
  for (const parcel of parcels) {
    if (!matchesFilters(parcel, filters)) continue;
    const centroid = parcelCentroid(parcel.geometry);
    if (!centroid || !pointInShape(centroid, shape)) continue;
    (canEdit(parcel.adminUnitId) ? editable : outside).push(parcel.id);
  }
  return { editable, outside };
}
