// The province's targets (public.targets), readable by everyone.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { PROJECT_KIND_IDS } from "@/domain/project-kinds";
import type { Target } from "@/domain/targets";
import { TARGET_MEASURES } from "@/domain/targets";

const COLUMNS =
  "id,name,name_en,scope_kind,scope_project_id,scope_admin_unit_id,measure,min_value,max_value,due_date,source";

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  name_en: z.nullable(z.string()),
  scope_kind: z.nullable(z.enum(PROJECT_KIND_IDS)),
  scope_project_id: z.nullable(z.string()),
  scope_admin_unit_id: z.nullable(z.string()),
  measure: z.enum(TARGET_MEASURES),
  min_value: z.nullable(numeric),
  max_value: z.nullable(numeric),
  due_date: z.nullable(isoDate),
  source: z.nullable(z.string()),
});

/** Fetches every target, earliest due first. */
export async function fetchTargets(signal?: AbortSignal): Promise<Target[]> {
  const client = await supabase();
  let request = client.from("targets").select(COLUMNS).order("due_date", { nullsFirst: false }).order("name");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("targets", error, status);
  return parseRows(z.array(rowSchema), data, "targets").map((r) => ({
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    scopeKind: r.scope_kind,
    scopeProjectId: r.scope_project_id,
    scopeAdminUnitId: r.scope_admin_unit_id,
    measure: r.measure,
    min: r.min_value,
    max: r.max_value,
    dueDate: r.due_date,
    source: r.source,
  }));
}

/** All targets. */
export function useTargets() {
  return useQuery({ queryKey: ["targets"], queryFn: ({ signal }) => fetchTargets(signal) });
}
