// The blocked parcels (parcels where blocked): project, area, unit, reason and who must act.
// Public columns only, named one by one, so no personal field can slip in.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { BlockedParcel } from "@/domain/blockers";

/** The query key; the change feed refetches it when parcels change. */
export const BLOCKED_PARCELS_KEY = ["blocked-parcels"] as const;

const COLUMNS = "id,project_id,admin_unit_id,area_m2,blocker_reason,blocker_responsible";
/** Rows per request: hosted PostgREST answers at most 1,000 rows by default. */
const PAGE_SIZE = 1_000;

const rowsSchema = z.array(
  z.object({
    id: z.string(),
    project_id: z.string(),
    admin_unit_id: z.string(),
    area_m2: numeric,
    blocker_reason: z.nullable(z.string()),
    blocker_responsible: z.nullable(z.string()),
  }),
);

/** Fetches every blocked parcel, page by page in id order. */
export async function fetchBlockedParcels(signal?: AbortSignal): Promise<BlockedParcel[]> {
  const result: BlockedParcel[] = [];
  const client = await supabase();
  for (let from = 0; ; from += PAGE_SIZE) {
    let request = client
      .from("parcels")
      .select(COLUMNS)
      .eq("blocked", true)
      .order("id")
      .range(from, from + PAGE_SIZE - 1);
    if (signal) request = request.abortSignal(signal);
    const { data, error, status } = await request;
    if (error) throw new ApiError("parcels (blocked)", error, status);
    const rows = parseRows(rowsSchema, data, "parcels (blocked)");
    for (const r of rows) {
      result.push({
        id: r.id,
        projectId: r.project_id,
        adminUnitId: r.admin_unit_id,
        areaM2: r.area_m2,
        reason: r.blocker_reason ?? "",
        responsible: r.blocker_responsible,
      });
    }
    if (rows.length < PAGE_SIZE) return result;
  }
}

/** Every blocked parcel (public data, the same for every user). */
export function useBlockedParcels() {
  return useQuery({ queryKey: BLOCKED_PARCELS_KEY, queryFn: ({ signal }) => fetchBlockedParcels(signal) });
}
