// The outlines of the communes that have one (admin_units.geom, loaded by an admin's import),
// for the meeting view's commune choropleth. Districts come from the shipped boundary files
// (src/data/boundaries-query.ts); the demo's communes have none, so this is often empty.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { polygonGeometry } from "@/data/geojson-schema";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
import { supabase } from "@/data/supabase-client";
import type { PolygonGeometry } from "@/geo/geometry";

/** One unit's outline. */
export interface AdminUnitShape {
  readonly id: string;
  readonly geometry: PolygonGeometry;
}

function jsonbValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** A boundary (jsonb, which some backends send as text); one that cannot be read is left out. */
const rowsSchema = z.array(z.object({ id: z.string(), geom: z.catch(z.pipe(z.transform(jsonbValue), z.nullable(polygonGeometry)), null) }));

/** Parses admin_units rows (id, geom), keeping those with an outline. */
export function parseAdminUnitShapes(data: unknown): AdminUnitShape[] {
  return parseRows(rowsSchema, data, "admin_units (communes)").flatMap((r) => (r.geom ? [{ id: r.id, geometry: r.geom }] : []));
}

export async function fetchCommuneShapes(signal?: AbortSignal): Promise<AdminUnitShape[]> {
  const data = await withOfflineCopy("commune-shapes", async () => {
    const client = await supabase();
    let request = client.from("admin_units").select("id,geom").eq("level", "commune").not("geom", "is", null);
    if (signal) request = request.abortSignal(signal);
    const { data: rows, error, status } = await request;
    if (error) throw new ApiError("admin_units (communes)", error, status);
    return rows;
  }, signal);
  return parseAdminUnitShapes(data);
}

/** The communes' outlines; boundaries seldom change. */
export function useCommuneShapes() {
  return useQuery({ queryKey: ["commune-shapes"], queryFn: ({ signal }) => fetchCommuneShapes(signal), staleTime: 30 * 60_000, networkMode: "always" });
}
