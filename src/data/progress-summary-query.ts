// progress_summary(group_by): cleared and total area, parcels, blocked parcels, started
// projects and the legal area to clear, grouped by province, project kind, project or admin
// unit. Computed by the database from the parcels and projects.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { takeEarlyAnswer } from "@/data/early-requests";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
import { count, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ProgressFigures } from "@/domain/progress";

/** How the summary is grouped. */
export type ProgressGroupBy = "province" | "kind" | "project" | "admin_unit";

/**
 * One row of the summary. `key` is the province or admin unit code, the kind id or the project
 * id; `kind` is the project kind (kind, project) or the admin unit level (admin_unit).
 */
export interface ProgressRow extends ProgressFigures {
  readonly key: string;
  readonly name: string;
  readonly kind: string | null;
  /**
   * Projects with a parcel past not_started (0 or 1 for a project row). Not part of
   * ProgressFigures: adding up the rows of different units would count a project twice.
   */
  readonly startedProjects: number;
}

const rowSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.nullable(z.string()),
  total_area_m2: numeric,
  cleared_area_m2: numeric,
  parcels: count,
  cleared_parcels: count,
  blocked_parcels: count,
  started_projects: count,
  // the group's projects' legal area to clear; null for admin units (see ProgressFigures)
  area_to_clear_m2: z.nullable(numeric),
});

/**
 * Parses rows of progress_summary, or of progress_as_of (`what` names it in errors), which has
 * the same columns: numerics may arrive as strings from the local backend.
 */
export function parseProgressRows(data: unknown, what = "progress_summary"): ProgressRow[] {
  return parseRows(z.array(rowSchema), data, what).map((r) => ({
    key: r.key,
    name: r.name,
    kind: r.kind,
    totalAreaM2: r.total_area_m2,
    clearedAreaM2: r.cleared_area_m2,
    parcels: r.parcels,
    clearedParcels: r.cleared_parcels,
    blockedParcels: r.blocked_parcels,
    startedProjects: r.started_projects,
    areaToClearM2: r.area_to_clear_m2,
  }));
}

/** Fetches the summary grouped by `groupBy`. */
export async function fetchProgressSummary(groupBy: ProgressGroupBy, signal?: AbortSignal): Promise<ProgressRow[]> {
  // kept on the device like the map's other answers: offline, the figures are those of the last
  // view, dated by the map's badge
  const data = await withOfflineCopy(`progress:${groupBy}`, async () => {
    const early = groupBy === "project" ? await takeEarlyAnswer("progress-by-project", signal) : null;
    return early ?? (await requestProgressSummary(groupBy, signal));
  }, signal);
  return parseProgressRows(data);
}

async function requestProgressSummary(groupBy: ProgressGroupBy, signal?: AbortSignal): Promise<unknown> {
  const client = await supabase();
  let request = client.rpc("progress_summary", { group_by: groupBy });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("progress_summary", response.error, response.status);
  return response.data; // untyped rpc: zod gives it its type
}

/** Rows by project summed into rows by kind, as progress_summary('kind') would return them. */
export function sumByKind(byProject: readonly ProgressRow[]): ProgressRow[] {
  const byKind = new Map<string, ProgressRow>();
  for (const row of byProject) {
    const kind = row.kind ?? "other";
    const sum = byKind.get(kind);
    byKind.set(kind, {
      key: kind,
      name: kind,
      kind,
      totalAreaM2: (sum?.totalAreaM2 ?? 0) + row.totalAreaM2,
      clearedAreaM2: (sum?.clearedAreaM2 ?? 0) + row.clearedAreaM2,
      parcels: (sum?.parcels ?? 0) + row.parcels,
      clearedParcels: (sum?.clearedParcels ?? 0) + row.clearedParcels,
      blockedParcels: (sum?.blockedParcels ?? 0) + row.blockedParcels,
      startedProjects: (sum?.startedProjects ?? 0) + row.startedProjects,
      // project rows always have one (projects.area_to_clear_m2 is not null)
      areaToClearM2: (sum?.areaToClearM2 ?? 0) + (row.areaToClearM2 ?? 0),
    });
  }
  return [...byKind.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The summary grouped by `groupBy`; parcels are public, so it is the same for every user. The
 * kind grouping is summed from the project grouping the map already asks for: one scan of the
 * parcels fewer on the first view. `enabled: false` asks nothing until it is needed.
 */
export function useProgressSummary(groupBy: ProgressGroupBy, { enabled = true }: { enabled?: boolean } = {}) {
  const derived = groupBy === "kind";
  return useQuery({ ...progressSummaryQuery(derived ? "project" : groupBy), select: derived ? sumByKind : undefined, enabled });
}

/** The query of one grouping; the project grouping is prefetched before the map renders. */
export function progressSummaryQuery(groupBy: ProgressGroupBy) {
  return queryOptions({
    queryKey: ["progress-summary", groupBy],
    queryFn: ({ signal }) => fetchProgressSummary(groupBy, signal),
    networkMode: "always", // offline it answers from the copy (src/data/offline-copy)
  });
}
