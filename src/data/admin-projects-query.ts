// Projects as the admin pages read and write them: every column of the form, retired ones
// included, and the writes (create, edit, retire, un-retire). RLS lets only admins write.

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { ADMIN_KEY } from "@/data/admin-keys";
import { projectGeometry } from "@/data/geojson-schema";
import { isoDate, numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ProjectGeometry } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { projectKindById } from "@/domain/project-kinds";

/** A project's status (projects.status, 20261202090000). */
export type ProjectStatus = "planned" | "approved" | "under_clearance" | "operating";
export const PROJECT_STATUSES: readonly ProjectStatus[] = ["planned", "approved", "under_clearance", "operating"];

/** The decision that put a project on the books (projects.decision_kind). */
export type DecisionKind = "investment_policy" | "establishment";
export const DECISION_KINDS: readonly DecisionKind[] = ["investment_policy", "establishment"];

/** The fields an admin writes. */
export interface AdminProjectFields {
  readonly code: string;
  readonly name: string;
  readonly kind: ProjectKindId;
  readonly investor: string | null;
  readonly responsibleUnit: string | null;
  readonly responsiblePerson: string | null;
  readonly areaToClearM2: number;
  /** "YYYY-MM-DD" or null. */
  readonly dueDate: string | null;
  readonly status: ProjectStatus;
  readonly decisionKind: DecisionKind | null;
  readonly decisionNo: string | null;
  readonly decisionDate: string | null;
  readonly corridorWidthM: number | null;
  readonly geometry: ProjectGeometry | null;
  readonly statusNote: string | null;
}

/** A project with everything the admin pages show. */
export interface AdminProject extends AdminProjectFields {
  readonly id: string;
  readonly retiredAt: Date | null;
  readonly retiredReason: string | null;
  readonly isIllustrative: boolean;
}

const COLUMNS = "id,code,name,kind,geom,corridor_width_m,area_to_clear_m2,investor,responsible_unit,responsible_person,"
  + "due_date,status,decision_kind,decision_no,decision_date,status_note,is_illustrative,retired_at,retired_reason";

const STATUS = z.enum(["planned", "approved", "under_clearance", "operating"]);
const DECISION = z.enum(["investment_policy", "establishment"]);

const rowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  geom: z.nullable(projectGeometry),
  corridor_width_m: z.nullable(numeric),
  area_to_clear_m2: numeric,
  investor: z.nullable(z.string()),
  responsible_unit: z.nullable(z.string()),
  responsible_person: z.nullable(z.string()),
  due_date: z.nullable(isoDate),
  status: STATUS,
  decision_kind: z.nullable(DECISION),
  decision_no: z.nullable(z.string()),
  decision_date: z.nullable(isoDate),
  status_note: z.nullable(z.string()),
  is_illustrative: z.boolean(),
  retired_at: z.nullable(timestamptz),
  retired_reason: z.nullable(z.string()),
});

/** Every project, by code. */
export async function fetchAdminProjects(signal?: AbortSignal): Promise<AdminProject[]> {
  const client = await supabase();
  let request = client.from("projects").select(COLUMNS).order("code");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("projects", error, status);
  return parseRows(z.array(rowSchema), data, "projects").map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: projectKindById(r.kind).id,
    geometry: r.geom,
    corridorWidthM: r.corridor_width_m,
    areaToClearM2: r.area_to_clear_m2,
    investor: r.investor,
    responsibleUnit: r.responsible_unit,
    responsiblePerson: r.responsible_person,
    dueDate: r.due_date,
    status: r.status,
    decisionKind: r.decision_kind,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    statusNote: r.status_note,
    isIllustrative: r.is_illustrative,
    retiredAt: r.retired_at,
    retiredReason: r.retired_reason,
  }));
}

export const adminProjectsQuery = queryOptions({
  queryKey: [...ADMIN_KEY, "projects"],
  queryFn: ({ signal }) => fetchAdminProjects(signal),
});

export function useAdminProjects() {
  return useQuery(adminProjectsQuery);
}

function toRow(fields: AdminProjectFields) {
  return {
    code: fields.code,
    name: fields.name,
    kind: fields.kind,
    investor: fields.investor,
    responsible_unit: fields.responsibleUnit,
    responsible_person: fields.responsiblePerson,
    area_to_clear_m2: fields.areaToClearM2,
    due_date: fields.dueDate,
    status: fields.status,
    decision_kind: fields.decisionKind,
    decision_no: fields.decisionNo,
    decision_date: fields.decisionDate,
    corridor_width_m: fields.corridorWidthM,
    geom: fields.geometry,
    status_note: fields.statusNote,
    updated_at: new Date().toISOString(),
  };
}

/** Creates (id null) or updates a project; answers its id. One statement: nothing half-written. */
export async function saveProject(id: string | null, fields: AdminProjectFields): Promise<string> {
  const client = await supabase();
  const row = toRow(fields);
  const request = id === null
    ? client.from("projects").insert(row).select("id")
    : client.from("projects").update(row).eq("id", id).select("id");
  const { data, error, status } = await request;
  if (error) throw new ApiError("projects", error, status);
  const saved = parseRows(z.array(z.object({ id: z.string() })), data, "projects")[0];
  // an update RLS hides answers no row rather than an error
  if (!saved) throw new ApiError("projects", { message: "no row written", code: "42501" }, 403);
  return saved.id;
}

/** Retires a project with a reason, or brings it back (reason null). */
export async function setProjectRetired(id: string, reason: string | null): Promise<void> {
  const client = await supabase();
  const { data, error, status } = await client.from("projects")
    .update({ retired_at: reason === null ? null : new Date().toISOString(), retired_reason: reason, updated_at: new Date().toISOString() })
    .eq("id", id).select("id");
  if (error) throw new ApiError("projects", error, status);
  if (!Array.isArray(data) || data.length === 0) throw new ApiError("projects", { message: "no row written", code: "42501" }, 403);
}

/** Refreshes what shows projects after a write: these pages, the map's projects, the figures. */
function useInvalidateProjects() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
    queryClient.invalidateQueries({ queryKey: ["projects"] }),
    queryClient.invalidateQueries({ queryKey: ["progress-summary"] }),
    queryClient.invalidateQueries({ queryKey: ["target-progress"] }),
  ]);
}

export function useSaveProject() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ id, fields }: { id: string | null; fields: AdminProjectFields }) => saveProject(id, fields),
    onSuccess: invalidate,
  });
}

export function useSetProjectRetired() {
  const invalidate = useInvalidateProjects();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string | null }) => setProjectRetired(id, reason),
    onSuccess: invalidate,
  });
}
