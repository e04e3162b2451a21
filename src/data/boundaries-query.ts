// The offline basemap: province and district boundaries shipped as static GeoJSON files in
// public/geo (daohoangson/dvhcvn, GPL-3.0, from gis.chinhphu.vn; see public/geo/SOURCES.md).

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import type { BoundaryFile } from "@/data/early-requests";
import { BOUNDARY_FILES, boundaryUrl, takeEarlyAnswer } from "@/data/early-requests";
import { polygonGeometry } from "@/data/geojson-schema";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
import { parseRows } from "@/data/parse";
import type { PolygonGeometry } from "@/geo/geometry";

/** The attribution the map must show wherever these boundaries are drawn. */
export const BOUNDARY_ATTRIBUTION = "Ranh giới hành chính: daohoangson/dvhcvn (GPL-3.0), nguồn gis.chinhphu.vn";

/** One administrative unit's outline. */
export interface Boundary {
  /** GSO code, as in admin_units.id. */
  readonly code: string;
  /** Short name ("Văn Giang") and full name ("Huyện Văn Giang"). */
  readonly name: string;
  readonly fullName: string;
  readonly geometry: PolygonGeometry;
}

/** The province outline and its districts (the units before the July 2025 reorganisation). */
export interface Boundaries {
  readonly province: readonly Boundary[];
  readonly districts: readonly Boundary[];
}

const collectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({
    properties: z.object({ code: z.string(), name: z.string(), full_name: z.string() }),
    geometry: polygonGeometry,
  })),
});

async function fetchCollection(file: BoundaryFile, signal?: AbortSignal): Promise<Boundary[]> {
  const path = BOUNDARY_FILES[file];
  const data = await withOfflineCopy(`boundary:${file}`, async () => (await takeEarlyAnswer(file, signal)) ?? (await fetchFile(file, signal)), signal);
  return parseRows(collectionSchema, data, path).features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    fullName: f.properties.full_name,
    geometry: f.geometry,
  }));
}

async function fetchFile(file: BoundaryFile, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(boundaryUrl(file), { signal });
  if (!response.ok) throw new Error(`${BOUNDARY_FILES[file]}: HTTP ${response.status}`);
  return response.json();
}

/** Fetches both boundary files. */
export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const [province, districts] = await Promise.all([
    fetchCollection("province", signal),
    fetchCollection("districts", signal),
  ]);
  return { province, districts };
}

/** The boundaries query (static files, fetched once per visit), also prefetched at start. */
export const boundariesQuery = queryOptions({
  queryKey: ["boundaries"],
  queryFn: ({ signal }) => fetchBoundaries(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: 2,
  networkMode: "always", // offline it answers from the copy (src/data/offline-copy)
});

/** The boundaries. */
export function useBoundaries() {
  return useQuery(boundariesQuery);
}
