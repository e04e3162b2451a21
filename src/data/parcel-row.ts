// The parcel columns several answers carry (parcels_in_bbox's properties, a parcels row, a
// changes_since row), read in one place: zod shapes to compose each answer's schema from, and
// their snake_case → camelCase mapping.

import { z } from "zod/mini";
import { polygonGeometry } from "@/data/geojson-schema";
import type { Parcel } from "@/domain/parcel";
import { count, numeric } from "@/data/parse";
import type { StageId } from "@/domain/stages";
import { STAGE_IDS } from "@/domain/stages";

/** Identity, place, legal area and state: in every parcel answer. */
export const parcelStateFields = {
  id: z.string(),
  project_id: z.string(),
  admin_unit_id: z.string(),
  area_m2: numeric,
  stage: z.enum(STAGE_IDS),
  blocked: z.boolean(),
  version: count,
};

/** The blocker's reason and who must act. */
export const parcelBlockerFields = {
  blocker_reason: z.nullable(z.string()),
  blocker_responsible: z.nullable(z.string()),
};

/**
 * The same, where a server older than 20261203090000_parcels_in_bbox_blocker.sql leaves them out
 * (parcels_in_bbox): absent reads as not loaded, never as "no blocker".
 */
export const optionalBlockerFields = {
  blocker_reason: z.optional(z.nullable(z.string())),
  blocker_responsible: z.optional(z.nullable(z.string())),
};

/** Map sheet, parcel number and land type (not in changes_since). */
export const parcelLabelFields = {
  map_sheet: z.string(),
  parcel_no: z.string(),
  land_type: z.string(),
};

interface StateRow {
  id: string; project_id: string; admin_unit_id: string; area_m2: number; stage: StageId; blocked: boolean; version: number;
}

export function parcelState(r: StateRow) {
  return {
    id: r.id, projectId: r.project_id, adminUnitId: r.admin_unit_id, areaM2: r.area_m2,
    stage: r.stage, blocked: r.blocked, version: r.version,
  };
}

export function parcelBlocker(r: { blocker_reason?: string | null; blocker_responsible?: string | null }) {
  return { blockerReason: r.blocker_reason, blockerResponsible: r.blocker_responsible };
}

export function parcelLabels(r: { map_sheet: string; parcel_no: string; land_type: string }) {
  return { mapSheet: r.map_sheet, parcelNo: r.parcel_no, landType: r.land_type };
}

/** The columns of a whole public parcels row (the parcel panel, the parcel search). */
export const PARCEL_ROW_COLUMNS = "id,project_id,admin_unit_id,map_sheet,parcel_no,land_type,area_m2,stage,blocked," +
  "blocker_reason,blocker_responsible,version,geom";

/** A whole public parcels row, as PARCEL_ROW_COLUMNS selects it. */
export const parcelRowFields = { ...parcelStateFields, ...parcelLabelFields, ...parcelBlockerFields, geom: polygonGeometry };

export const parcelRowSchema = z.object(parcelRowFields);

/** The store's parcel of a whole parcels row (every field loaded). */
export function parcelOfRow(r: z.output<typeof parcelRowSchema>): Parcel {
  return { ...parcelState(r), ...parcelLabels(r), ...parcelBlocker(r), geometry: r.geom };
}
