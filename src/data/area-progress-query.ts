// area_progress(p_level, p_at): the parcels' progress per district or per commune at the end of a
// day, for the choropleth and its figures table. Units with a boundary and no parcels come with
// zeros. Public, the same for every user.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { count, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { asOfInstant } from "@/domain/as-of-day";
import type { AreaProgressRow } from "@/domain/meeting-types";

/** The level the figures are rolled up to. */
export type AreaLevel = AreaProgressRow["level"];

/** The query key prefix of the figures on any day. */
export const AREA_PROGRESS_KEY = ["area-progress"] as const;
/** The key prefix of today's figures, which the change feed refetches when parcels change. */
export const AREA_PROGRESS_TODAY_KEY = [...AREA_PROGRESS_KEY, "today"] as const;

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(["district", "commune"]),
  parent_id: z.nullable(z.string()),
  parcels: count,
  cleared_parcels: count,
  blocked_parcels: count,
  total_area_m2: numeric,
  cleared_area_m2: numeric,
});

/** Parses area_progress rows. */
export function parseAreaProgress(data: unknown): AreaProgressRow[] {
  return parseRows(z.array(rowSchema), data, "area_progress").map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    parcels: r.parcels,
    clearedParcels: r.cleared_parcels,
    blockedParcels: r.blocked_parcels,
    totalAreaM2: r.total_area_m2,
    clearedAreaM2: r.cleared_area_m2,
  }));
}

/** Fetches the figures per `level` unit at the end of `day` in Hưng Yên, or now when `day` is null. */
export async function fetchAreaProgress(level: AreaLevel, day: string | null, signal?: AbortSignal): Promise<AreaProgressRow[]> {
  const client = await supabase();
  let request = client.rpc("area_progress", day === null ? { p_level: level } : { p_level: level, p_at: asOfInstant(day) });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("area_progress", response.error, response.status);
  return parseAreaProgress(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The query of the figures per `level` unit at the end of `day` (now when null). */
export function areaProgressQuery(level: AreaLevel, day: string | null) {
  return queryOptions({
    queryKey: [...(day === null ? AREA_PROGRESS_TODAY_KEY : [...AREA_PROGRESS_KEY, day]), level],
    queryFn: ({ signal }) => fetchAreaProgress(level, day, signal),
  });
}

/** The figures per district or commune at the end of `day` (now when null). */
export function useAreaProgress(level: AreaLevel, day: string | null) {
  return useQuery(areaProgressQuery(level, day));
}
