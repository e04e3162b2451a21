// public.import_runs: the record of every import. The import page reads a project's latest run
// of a layer for the field mapping used then (remembered per project), and the recent runs of a
// project for the list under the page. Readable by admins, leaders and officers; not by the public.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { count, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** Where one target field came from in a run: a column of the file, or a constant typed once. */
export type RunFieldSource = { readonly column: string } | { readonly constant: string } | null;

/** One recorded import. */
export interface ImportRun {
  readonly id: string;
  readonly layer: string;
  readonly projectId: string | null;
  readonly createdAt: Date;
  readonly fileName: string;
  readonly crs: string;
  readonly encoding: string | null;
  /** Target field → source, as the run recorded it (fields whose source does not parse are left out). */
  readonly mapping: Readonly<Record<string, RunFieldSource>>;
  readonly counts: { readonly new: number; readonly updated: number; readonly unchanged: number; readonly refused: number } | null;
}

/** The part of the runs' query keys that names them (after the user scope). */
export const IMPORT_RUNS_KEY = "import-runs";

const RUN_COLUMNS = "id,layer,project_id,created_at,file_name,crs,encoding,mapping,counts";

const sourceSchema = z.union([
  z.object({ column: z.string() }),
  z.object({ constant: z.string() }),
  z.null(),
]);

const rowSchema = z.object({
  id: z.string(),
  layer: z.string(),
  project_id: z.nullable(z.string()),
  created_at: timestamptz,
  file_name: z.string(),
  crs: z.string(),
  encoding: z.nullable(z.string()),
  mapping: z.nullable(z.record(z.string(), z.unknown())),
  counts: z.nullable(z.object({ new: count, updated: count, unchanged: count, refused: count })),
});

function mappingOf(raw: Readonly<Record<string, unknown>> | null): Record<string, RunFieldSource> {
  const mapping: Record<string, RunFieldSource> = {};
  for (const [field, value] of Object.entries(raw ?? {})) {
    const parsed = sourceSchema.safeParse(value);
    // a source this page cannot read (a newer shape) is simply not remembered
    if (parsed.success) mapping[field] = parsed.data;
  }
  return mapping;
}

/** Fetches the latest `limit` runs of `layer` (into `projectId` when given), newest first. */
export async function fetchImportRuns(
  layer: string, projectId: string | null, limit: number, signal?: AbortSignal,
): Promise<ImportRun[]> {
  const client = await supabase();
  let request = client.from("import_runs").select(RUN_COLUMNS).eq("layer", layer);
  request = projectId ? request.eq("project_id", projectId) : request.is("project_id", null);
  let ordered = request.order("created_at", { ascending: false }).limit(limit);
  if (signal) ordered = ordered.abortSignal(signal);
  const { data, error, status } = await ordered;
  if (error) throw new ApiError("import_runs", error, status);
  return parseRows(z.array(rowSchema), data, "import_runs").map((r) => ({
    id: r.id,
    layer: r.layer,
    projectId: r.project_id,
    createdAt: r.created_at,
    fileName: r.file_name,
    crs: r.crs,
    encoding: r.encoding,
    mapping: mappingOf(r.mapping),
    counts: r.counts,
  }));
}

/** The recent runs (at most `limit`) of a layer for a project; nothing asked while signed out. */
export function useImportRuns(layer: string, projectId: string | null, { limit = 5, enabled = true } = {}) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: [USER_SCOPE, user?.id ?? "anon", IMPORT_RUNS_KEY, layer, projectId, limit],
    queryFn: ({ signal }) => fetchImportRuns(layer, projectId, limit, signal),
    enabled: enabled && user !== null,
  });
}
