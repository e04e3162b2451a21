// target_progress(p_at): every target with its figures on a day, as the database computes them
// (the actual value in the target's period, its status, the recent pace and a forecast). The
// browser shows these figures and computes none of its own: one truth for reports and screens.
// Public, the same for every user.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { count, isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { PROJECT_KIND_IDS } from "@/domain/project-kinds";
import type { TargetProgress } from "@/domain/targets";
import { TARGET_MEASURES, TARGET_STATUSES } from "@/domain/targets";

/** The query key prefix of the targets on any day. */
export const TARGET_PROGRESS_KEY = ["target-progress"] as const;
/**
 * The key of today's targets, which the change feed refetches when parcels change. Not those of
 * a past day: see PROGRESS_AS_OF_KEY (src/data/progress-as-of-query.ts) for why.
 */
export const TARGET_PROGRESS_TODAY_KEY = [...TARGET_PROGRESS_KEY, "today"] as const;

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  name_en: z.nullable(z.string()),
  source: z.nullable(z.string()),
  notes: z.nullable(z.string()),
  measure: z.enum(TARGET_MEASURES),
  scope_kind: z.nullable(z.enum(PROJECT_KIND_IDS)),
  scope_project_id: z.nullable(z.string()),
  scope_admin_unit_id: z.nullable(z.string()),
  scope_statuses: z.nullable(z.array(z.string())),
  period_start: z.nullable(isoDate),
  period_end: z.nullable(isoDate),
  min_value: z.nullable(numeric),
  max_value: z.nullable(numeric),
  min_exclusive: z.boolean(),
  max_exclusive: z.boolean(),
  due_date: z.nullable(isoDate),
  actual: z.nullable(numeric),
  status: z.enum(TARGET_STATUSES),
  exceeds_max: z.boolean(),
  pace_per_week: z.nullable(numeric),
  forecast_date: z.nullable(isoDate),
  area_to_clear_m2: z.nullable(numeric),
  entered_area_m2: z.nullable(numeric),
  projects: count,
});

/** Parses target_progress rows (numeric may arrive as strings from the local backend). */
export function parseTargetProgress(data: unknown): TargetProgress[] {
  return parseRows(z.array(rowSchema), data, "target_progress").map((r) => ({
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    source: r.source,
    notes: r.notes,
    measure: r.measure,
    scopeKind: r.scope_kind,
    scopeProjectId: r.scope_project_id,
    scopeAdminUnitId: r.scope_admin_unit_id,
    scopeStatuses: r.scope_statuses,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    minValue: r.min_value,
    maxValue: r.max_value,
    minExclusive: r.min_exclusive,
    maxExclusive: r.max_exclusive,
    dueDate: r.due_date,
    actual: r.actual,
    status: r.status,
    exceedsMax: r.exceeds_max,
    pacePerWeek: r.pace_per_week,
    forecastDate: r.forecast_date,
    areaToClearM2: r.area_to_clear_m2,
    enteredAreaM2: r.entered_area_m2,
    projects: r.projects,
  }));
}

/**
 * Fetches every target's figures on `at` ("YYYY-MM-DD"); without it, on today's date in Hưng Yên
 * as the database tells it (not the device's clock, which may be wrong or in another zone).
 * In the server's order: earliest due first, then by name.
 */
export async function fetchTargetProgress(at?: string, signal?: AbortSignal): Promise<TargetProgress[]> {
  const client = await supabase();
  let request = client.rpc("target_progress", at ? { p_at: at } : {});
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("target_progress", response.error, response.status);
  return parseTargetProgress(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The query of the targets on `at` (today when omitted). */
export function targetProgressQuery(at?: string) {
  return queryOptions({
    queryKey: at === undefined ? TARGET_PROGRESS_TODAY_KEY : [...TARGET_PROGRESS_KEY, at],
    queryFn: ({ signal }) => fetchTargetProgress(at, signal),
  });
}

/** Every target with its figures on `at` (today when omitted). */
export function useTargetProgress(at?: string) {
  return useQuery(targetProgressQuery(at));
}
