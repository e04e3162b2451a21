// The projects (public.projects) with their geometry, for the map and the parcel panel:
// outlines of parks and clusters, centre lines and corridor widths of roads.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { PROJECT_COLUMNS, takeEarlyAnswer } from "@/data/early-requests";
import { projectGeometry } from "@/data/geojson-schema";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { LonLatBox, ProjectGeometry } from "@/geo/geometry";
import { geometryBox } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { projectKindById } from "@/domain/project-kinds";

/** A project as the map shows it. */
export interface Project {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** Unknown kinds (a newer database) are read as "other". */
  readonly kind: ProjectKindId;
  /** Outline (Polygon/MultiPolygon) or, for roads, centre line; null when not drawn yet. */
  readonly geometry: ProjectGeometry | null;
  /** Right-of-way width of a road, metres; null for other projects. */
  readonly corridorWidthM: number | null;
  readonly areaToClearM2: number;
  /** "YYYY-MM-DD" or null. */
  readonly dueDate: string | null;
  readonly responsibleUnit: string | null;
  /** The person answerable for the project's clearance ("5 rõ": rõ người). */
  readonly responsiblePerson: string | null;
  readonly investor: string | null;
  readonly decisionRef: string | null;
  readonly statusNote: string | null;
  /** True for demo geometry that does not follow the real alignment (label it "sơ đồ"). */
  readonly isIllustrative: boolean;
  readonly adminUnitIds: readonly string[];
  /** When an admin retired the project (its parcels and figures stay); null while it is followed. */
  readonly retiredAt: string | null;
  /** The box around the geometry, for "fly to this project"; null without geometry. */
  readonly bounds: LonLatBox | null;
}

const rowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  geom: z.nullable(projectGeometry),
  corridor_width_m: z.nullable(numeric),
  area_to_clear_m2: numeric,
  due_date: z.nullable(isoDate),
  responsible_unit: z.nullable(z.string()),
  responsible_person: z.nullable(z.string()),
  investor: z.nullable(z.string()),
  decision_ref: z.nullable(z.string()),
  status_note: z.nullable(z.string()),
  is_illustrative: z.boolean(),
  admin_unit_ids: z.array(z.string()),
  retired_at: z.nullable(z.string()),
});

/** Fetches every project, by code. */
export async function fetchProjects(signal?: AbortSignal): Promise<Project[]> {
  const data = await withOfflineCopy("projects", async () => (await takeEarlyAnswer("projects", signal)) ?? (await requestProjects(signal)), signal);
  return parseRows(z.array(rowSchema), data, "projects").map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: projectKindById(r.kind).id,
    geometry: r.geom,
    corridorWidthM: r.corridor_width_m,
    areaToClearM2: r.area_to_clear_m2,
    dueDate: r.due_date,
    responsibleUnit: r.responsible_unit,
    responsiblePerson: r.responsible_person,
    investor: r.investor,
    decisionRef: r.decision_ref,
    statusNote: r.status_note,
    isIllustrative: r.is_illustrative,
    adminUnitIds: r.admin_unit_ids,
    retiredAt: r.retired_at,
    bounds: r.geom ? geometryBox(r.geom) : null,
  }));
}

async function requestProjects(signal?: AbortSignal): Promise<unknown> {
  const client = await supabase();
  let request = client.from("projects").select(PROJECT_COLUMNS).order("code");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("projects", error, status);
  return data;
}

/**
 * Every project; they change rarely, so they are kept for a while. Also prefetched before the map
 * renders (src/app/first-view.ts), usually from the early answer (src/data/early-requests.ts).
 */
export const projectsQuery = queryOptions({
  queryKey: ["projects"],
  queryFn: ({ signal }) => fetchProjects(signal),
  staleTime: 10 * 60_000,
  networkMode: "always", // offline it answers from the copy (src/data/offline-copy)
});

export function useProjects() {
  return useQuery(projectsQuery);
}

const notRetired = (projects: Project[]) => projects.filter((p) => p.retiredAt === null);

/** The projects still followed (not retired), from the same cached answer: the ones an import may go into. */
export function useFollowedProjects() {
  return useQuery({ ...projectsQuery, select: notRetired });
}
