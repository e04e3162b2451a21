// Where each administrative unit lies: the bounding box of its boundary (admin_units.geom), for
// "fly to this district".

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { LonLatBox } from "@/domain/bounds";
import { geometryBounds } from "@/domain/bounds";

/** A jsonb column, which some backends send as text; unreadable text counts as no geometry. */
const geometry = z.pipe(z.unknown(), z.transform((g): unknown => {
  if (typeof g !== "string") return g;
  try {
    return JSON.parse(g);
  } catch {
    return null;
  }
}));
const rowsSchema = z.array(z.object({ id: z.string(), geom: geometry }));

/** Fetches the boundary of every unit that has one, and keeps only its box, by unit code. */
export async function fetchAdminUnitBounds(signal?: AbortSignal): Promise<Map<string, LonLatBox>> {
  const client = await supabase();
  let request = client.from("admin_units").select("id,geom").not("geom", "is", null);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_units (geometry)", error, status);
  const result = new Map<string, LonLatBox>();
  for (const r of parseRows(rowsSchema, data, "admin_units (geometry)")) {
    const bounds = geometryBounds(r.geom);
    if (bounds) result.set(r.id, bounds);
  }
  return result;
}

/**
 * Every unit's box by code; boundaries seldom change, so they are kept for half an hour. Only
 * fetched while `enabled` (the district table is showing), to keep the first view's requests few.
 */
export function useAdminUnitBounds(enabled = true) {
  return useQuery({
    queryKey: ["admin-unit-bounds"],
    queryFn: ({ signal }) => fetchAdminUnitBounds(signal),
    staleTime: 30 * 60_000,
    enabled,
  });
}
