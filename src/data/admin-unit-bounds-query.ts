// Where each administrative unit lies: the bounding box of its boundary (admin_units.geom), for
// "fly to this district".

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { polygonGeometry } from "@/data/geojson-schema";
import type { LonLatBox } from "@/geo/geometry";
import { geometryBox } from "@/geo/geometry";

/**
 * A boundary (jsonb, which some backends send as text). A unit whose boundary cannot be read
 * counts as one without a boundary: its row cannot fly, the rest still can.
 */
const geometry = z.catch(z.pipe(z.transform(jsonbValue), z.nullable(polygonGeometry)), null);

function jsonbValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null; // zod's catch does not cover a transform that throws
  }
}
const rowsSchema = z.array(z.object({ id: z.string(), geom: geometry }));

/** Fetches the boundary of every unit that has one, and keeps only its box, by unit code. */
export async function fetchAdminUnitBounds(signal?: AbortSignal): Promise<Map<string, LonLatBox>> {
  const client = await supabase();
  let request = client.from("admin_units").select("id,geom").not("geom", "is", null);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_units (geometry)", error, status);
  return adminUnitBoxes(data);
}

/** The box of each unit's boundary, by unit code, from admin_units rows (id, geom). */
export function adminUnitBoxes(data: unknown): Map<string, LonLatBox> {
  const result = new Map<string, LonLatBox>();
  for (const r of parseRows(rowsSchema, data, "admin_units (geometry)")) {
    const bounds = r.geom ? geometryBox(r.geom) : null;
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
