// One parcel's public row (public.parcels), for the parcel panel: everything the viewport load
// has, plus the blocker's reason and who must act, and when it last changed. Also puts the
// parcel in the shared cache, so a parcel opened from a link is drawn even before its tile loads.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { polygonGeometry } from "@/data/geojson-schema";
import type { Parcel } from "@/data/parcel-cache";
import { putParcels } from "@/data/parcel-cache";
import { count, numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { STAGE_IDS } from "@/domain/stages";

/** A parcel with the moment it last changed. */
export interface ParcelDetail extends Parcel {
  readonly updatedAt: Date;
}

const COLUMNS = "id,project_id,admin_unit_id,map_sheet,parcel_no,land_type,area_m2,stage,blocked," +
  "blocker_reason,blocker_responsible,version,updated_at,geom";

const rowSchema = z.object({
  id: z.string(),
  project_id: z.string(),
  admin_unit_id: z.string(),
  map_sheet: z.string(),
  parcel_no: z.string(),
  land_type: z.string(),
  area_m2: numeric,
  stage: z.enum(STAGE_IDS),
  blocked: z.boolean(),
  blocker_reason: z.nullable(z.string()),
  blocker_responsible: z.nullable(z.string()),
  version: count,
  updated_at: timestamptz,
  geom: polygonGeometry,
});

/** Fetches one parcel; null when there is no parcel with this id. */
export async function fetchParcelDetail(id: string, signal?: AbortSignal): Promise<ParcelDetail | null> {
  let request = supabase().from("parcels").select(COLUMNS).eq("id", id).limit(1);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  // An id that is not a uuid (a mistyped link) is refused by the database: the parcel does not exist.
  if (error?.code === "22P02") return null;
  if (error) throw new ApiError("parcels", error, status);
  const row = parseRows(z.array(rowSchema), data, "parcels")[0];
  if (!row) return null;
  const parcel: ParcelDetail = {
    id: row.id,
    projectId: row.project_id,
    adminUnitId: row.admin_unit_id,
    mapSheet: row.map_sheet,
    parcelNo: row.parcel_no,
    landType: row.land_type,
    areaM2: row.area_m2,
    stage: row.stage,
    blocked: row.blocked,
    blockerReason: row.blocker_reason,
    blockerResponsible: row.blocker_responsible,
    version: row.version,
    updatedAt: row.updated_at,
    geometry: row.geom,
  };
  putParcels([parcel]);
  return parcel;
}

/** One parcel; refetch it when the cache hears of a newer version (e.g. from the change feed). */
export function useParcelDetail(id: string | null) {
  return useQuery({
    queryKey: ["parcel", id],
    queryFn: ({ signal }) => fetchParcelDetail(id as string, signal),
    enabled: id !== null,
  });
}
