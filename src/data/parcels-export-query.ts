// parcels_export(p_project_id, p_full): the parcels of one project (or all) as a GeoJSON
// FeatureCollection to download. Public properties for everyone; with `full`, the personal fields
// of the parcels the caller may see (officers of the area, leaders): the database decides, and
// refuses `full` to a caller who may see none.

import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { polygonGeometry } from "@/data/geojson-schema";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { PolygonGeometry } from "@/geo/geometry";

/** The GeoJSON object as the database wrote it, ready to save as a .geojson file. */
export interface ParcelsExport {
  readonly type: "FeatureCollection";
  readonly features: readonly {
    readonly type: "Feature";
    readonly id: string;
    readonly geometry: PolygonGeometry;
    readonly properties: Readonly<Record<string, unknown>>;
  }[];
}

// The shape is checked, the geometry and properties kept as sent: the file is the database's answer.
const exportSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: polygonGeometry,
    properties: z.record(z.string(), z.unknown()),
  })),
});

/** Checks an answer of parcels_export and returns it unchanged (geometry as sent). */
export function parseParcelsExport(data: unknown): ParcelsExport {
  parseRows(exportSchema, data, "parcels_export");
  return data as ParcelsExport;
}

/** Fetches the export of `projectId` (all projects when null); `full` adds the personal fields the caller may see. */
export async function fetchParcelsExport(projectId: string | null, full: boolean, signal?: AbortSignal): Promise<ParcelsExport> {
  const client = await supabase();
  let request = client.rpc("parcels_export", { p_project_id: projectId, p_full: full });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcels_export", response.error, response.status);
  return parseParcelsExport(response.data as unknown); // untyped rpc: zod gives it its type
}
