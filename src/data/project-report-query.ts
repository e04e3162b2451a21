// project_report(p_at): every project (retired ones included) as it stood at the end of a day:
// parcels and area by stage, cleared, blocked, blockers by reason with who must act, and how
// long the slowest parcel has waited at its stage. The "5 rõ" tables and the province summary
// are built from these rows. Public, the same for every user.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { count, isoDate, numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { asOfInstant } from "@/domain/as-of-day";
import type { BlockerTally, ProjectReportRow, StageTally } from "@/domain/meeting-types";
import { PROJECT_KIND_IDS } from "@/domain/project-kinds";
import type { StageId } from "@/domain/stages";
import { STAGE_IDS } from "@/domain/stages";

/** The query key prefix of the reports on any day. */
export const PROJECT_REPORT_KEY = ["project-report"] as const;
/** The key of today's report, which the change feed refetches when parcels change. */
export const PROJECT_REPORT_TODAY_KEY = [...PROJECT_REPORT_KEY, "today"] as const;

const tallySchema = z.object({ parcels: count, area_m2: numeric });

const blockerSchema = z.object({
  reason: z.string(),
  responsible: z.nullable(z.string()),
  parcels: count,
  area_m2: numeric,
  oldest_since: z.nullable(timestamptz),
  stale_parcels: count,
});

const rowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(PROJECT_KIND_IDS),
  status: z.string(),
  investor: z.nullable(z.string()),
  responsible_unit: z.nullable(z.string()),
  responsible_person: z.nullable(z.string()),
  due_date: z.nullable(isoDate),
  retired_at: z.nullable(timestamptz),
  area_to_clear_m2: numeric,
  parcels: count,
  area_m2: numeric,
  by_stage: z.record(z.enum(STAGE_IDS), tallySchema),
  cleared_parcels: count,
  cleared_area_m2: numeric,
  blocked_parcels: count,
  blocked_area_m2: numeric,
  blockers: z.array(blockerSchema),
  stale_blockers: count,
  oldest_stage_since: z.nullable(timestamptz),
});

function tally(t: z.output<typeof tallySchema>): StageTally {
  return { parcels: t.parcels, areaM2: t.area_m2 };
}

function blocker(b: z.output<typeof blockerSchema>): BlockerTally {
  return {
    reason: b.reason, responsible: b.responsible, parcels: b.parcels, areaM2: b.area_m2,
    oldestSince: b.oldest_since?.toISOString() ?? null, staleParcels: b.stale_parcels,
  };
}

/** Parses project_report rows; every stage is present in byStage. */
export function parseProjectReport(data: unknown): ProjectReportRow[] {
  return parseRows(z.array(rowSchema), data, "project_report").map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    status: r.status,
    investor: r.investor,
    responsibleUnit: r.responsible_unit,
    responsiblePerson: r.responsible_person,
    dueDate: r.due_date,
    retiredAt: r.retired_at?.toISOString() ?? null,
    areaToClearM2: r.area_to_clear_m2,
    parcels: r.parcels,
    areaM2: r.area_m2,
    byStage: Object.fromEntries(STAGE_IDS.map((id) => [id, tally(r.by_stage[id])])) as Record<StageId, StageTally>,
    clearedParcels: r.cleared_parcels,
    clearedAreaM2: r.cleared_area_m2,
    blockedParcels: r.blocked_parcels,
    blockedAreaM2: r.blocked_area_m2,
    blockers: r.blockers.map(blocker),
    staleBlockers: r.stale_blockers,
    oldestStageSince: r.oldest_stage_since?.toISOString() ?? null,
  }));
}

/** Fetches the report at the end of `day` in Hưng Yên, or now when `day` is null. */
export async function fetchProjectReport(day: string | null, signal?: AbortSignal): Promise<ProjectReportRow[]> {
  const client = await supabase();
  let request = client.rpc("project_report", day === null ? {} : { p_at: asOfInstant(day) });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("project_report", response.error, response.status);
  return parseProjectReport(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The query of the report at the end of `day` (now when null). */
export function projectReportQuery(day: string | null) {
  return queryOptions({
    queryKey: day === null ? PROJECT_REPORT_TODAY_KEY : [...PROJECT_REPORT_KEY, day],
    queryFn: ({ signal }) => fetchProjectReport(day, signal),
  });
}

/** Every project as it stood at the end of `day` (now when null). */
export function useProjectReport(day: string | null) {
  return useQuery(projectReportQuery(day));
}
