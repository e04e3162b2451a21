// Targets as the admin pages read and write them, in the model of 20261202090000 (period,
// bounds with exclusivity, scope by kind, project, unit and statuses, source, notes).

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ADMIN_KEY } from "@/data/admin-keys";
import { ApiError } from "@/data/api-error";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { TARGET_PROGRESS_KEY } from "@/data/target-progress-query";
import type { TargetMeasure } from "@/domain/targets";
import type { ProjectKindId } from "@/domain/project-kinds";
import type { ProjectStatus } from "@/data/admin-projects-query";

/** The fields an admin writes (values in the measure's unit: cleared_share is a fraction 0..1). */
export interface AdminTargetFields {
  readonly name: string;
  readonly nameEn: string | null;
  readonly measure: TargetMeasure;
  readonly scopeKind: ProjectKindId | null;
  readonly scopeProjectId: string | null;
  readonly scopeAdminUnitId: string | null;
  /** null: every status counts. */
  readonly scopeStatuses: readonly ProjectStatus[] | null;
  readonly minValue: number | null;
  readonly maxValue: number | null;
  readonly minExclusive: boolean;
  readonly maxExclusive: boolean;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly dueDate: string | null;
  readonly source: string | null;
  readonly notes: string | null;
}

export interface AdminTarget extends AdminTargetFields {
  readonly id: string;
}

const COLUMNS = "id,name,name_en,measure,scope_kind,scope_project_id,scope_admin_unit_id,scope_statuses,min_value,max_value,"
  + "min_exclusive,max_exclusive,period_start,period_end,due_date,source,notes";

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  name_en: z.nullable(z.string()),
  measure: z.enum(["cleared_area_ha", "cleared_share", "projects_started", "infrastructure_area_ha"]),
  scope_kind: z.nullable(z.string()),
  scope_project_id: z.nullable(z.string()),
  scope_admin_unit_id: z.nullable(z.string()),
  scope_statuses: z.nullable(z.array(z.enum(["planned", "approved", "under_clearance", "operating"]))),
  min_value: z.nullable(numeric),
  max_value: z.nullable(numeric),
  min_exclusive: z.boolean(),
  max_exclusive: z.boolean(),
  period_start: z.nullable(isoDate),
  period_end: z.nullable(isoDate),
  due_date: z.nullable(isoDate),
  source: z.nullable(z.string()),
  notes: z.nullable(z.string()),
});

export async function fetchAdminTargets(signal?: AbortSignal): Promise<AdminTarget[]> {
  const client = await supabase();
  let request = client.from("targets").select(COLUMNS).order("due_date", { nullsFirst: false }).order("name");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("targets", error, status);
  return parseRows(z.array(rowSchema), data, "targets").map((r) => ({
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    measure: r.measure,
    scopeKind: r.scope_kind as ProjectKindId | null,
    scopeProjectId: r.scope_project_id,
    scopeAdminUnitId: r.scope_admin_unit_id,
    scopeStatuses: r.scope_statuses,
    minValue: r.min_value,
    maxValue: r.max_value,
    minExclusive: r.min_exclusive,
    maxExclusive: r.max_exclusive,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueDate: r.due_date,
    source: r.source,
    notes: r.notes,
  }));
}

export const adminTargetsQuery = queryOptions({
  queryKey: [...ADMIN_KEY, "targets"],
  queryFn: ({ signal }) => fetchAdminTargets(signal),
});

export function useAdminTargets() {
  return useQuery(adminTargetsQuery);
}

/** Creates (id null) or updates a target; answers its id. */
export async function saveTarget(id: string | null, f: AdminTargetFields): Promise<string> {
  const client = await supabase();
  const row = {
    name: f.name, name_en: f.nameEn, measure: f.measure, scope_kind: f.scopeKind, scope_project_id: f.scopeProjectId,
    scope_admin_unit_id: f.scopeAdminUnitId, scope_statuses: f.scopeStatuses, min_value: f.minValue, max_value: f.maxValue,
    min_exclusive: f.minExclusive, max_exclusive: f.maxExclusive, period_start: f.periodStart, period_end: f.periodEnd,
    due_date: f.dueDate, source: f.source, notes: f.notes,
  };
  const request = id === null
    ? client.from("targets").insert(row).select("id")
    : client.from("targets").update(row).eq("id", id).select("id");
  const { data, error, status } = await request;
  if (error) throw new ApiError("targets", error, status);
  const saved = parseRows(z.array(z.object({ id: z.string() })), data, "targets")[0];
  if (!saved) throw new ApiError("targets", { message: "no row written", code: "42501" }, 403);
  return saved.id;
}

export function useSaveTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: string | null; fields: AdminTargetFields }) => saveTarget(id, fields),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
      queryClient.invalidateQueries({ queryKey: TARGET_PROGRESS_KEY }),
    ]),
  });
}
