// Which parcels a drawn box or lasso picks, which of them the officer may change, and which pass
// the map's filters. Pure. A parcel is "in" a shape when its centroid is: neighbours grazed by
// the edge of a drag are not taken (advancing a parcel by mistake is worse than missing one).
// The centroid is computed here rather than with src/geo's polygonCentroid, which loses
// precision on parcels a few metres wide (products of raw degrees); see the report.

import type { StageId } from "@/domain/stages";
import type { ParcelFilters } from "@/map/map-state";
import { matchesFilters } from "@/map/parcel-rules";

/** A GeoJSON position: [longitude, latitude]. */
export type LonLat = readonly [number, number];

/** [minLon, minLat, maxLon, maxLat]. */
export type LonLatBox = readonly [number, number, number, number];

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

/** True when any filter is set. */
export function hasFilters(f: ParcelFilters): boolean {
  return f.projectIds.length > 0 || f.stages.length > 0 || f.blocked !== null;
}

/** Area and centroid of a ring (shoelace); null for a degenerate ring. */
function ringCentroid(ring: readonly (readonly number[])[]): { area: number; point: LonLat } | null {
  // relative to the first vertex: products of raw degrees (~106 × 21) would cancel out the
  // differences of a parcel a few metres wide
  const [ox = 0, oy = 0] = ring[0] ?? [];
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[(i + 1) % ring.length] ?? [];
    const [x0, y0, x1, y1] = [ax - ox, ay - oy, bx - ox, by - oy];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(twiceArea) < 1e-18) return null;
  return { area: Math.abs(twiceArea / 2), point: [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)] };
}

/** A parcel's centroid (of its largest outer ring); null without geometry. */
export function parcelCentroid(geometry: SelectableParcel["geometry"]): LonLat | null {
  if (!geometry) return null;
  const outers = geometry.type === "Polygon" ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let best: { area: number; point: LonLat } | null = null;
  for (const ring of outers) {
    if (!ring || ring.length === 0) continue;
    const c = ringCentroid(ring) ?? { area: 0, point: [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0] as const };
    if (!best || c.area > best.area) best = c;
  }
  return best?.point ?? null;
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
