// Which parcels a drawn box or lasso picks, which of them the officer may change, and which pass
// the map's filters. Pure. A parcel is "in" a shape when its centroid is: neighbours grazed by
// the edge of a drag are not taken (advancing a parcel by mistake is worse than missing one).

import type { StageId } from "@/domain/stages";
import type { ParcelFilters } from "@/domain/parcel-filters";
import { matchesFilters } from "@/domain/parcel-filters";
import type { LonLat, LonLatBox, PolygonGeometry } from "@/geo/geometry";
import { boxContains, pointInRing } from "@/geo/geometry";
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
  readonly geometry?: PolygonGeometry;
}

/** A parcel's centroid (of its largest outer ring); null without geometry. */
export function parcelCentroid(geometry: SelectableParcel["geometry"]): LonLat | null {
  return geometry ? polygonCentroid(geometry) : null;
}

/** True when the point lies in the shape. */
export function pointInShape(point: LonLat, shape: DrawnShape): boolean {
  return shape.kind === "ring" ? pointInRing(point, shape.ring) : boxContains(shape.box, point);
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
