// The projects an import may go into: every project not retired (projects.retired_at, from the
// admin pages' migration), with what the import worker checks rows against (the outline or centre
// line, the corridor width) and the areas they lie in.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { projectGeometry } from "@/data/geojson-schema";
import { numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ProjectKindId } from "@/domain/project-kinds";
import { projectKindById } from "@/domain/project-kinds";
import type { ProjectGeometry } from "@/geo/geometry";

/** A project as the import page offers it. */
export interface ImportProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: ProjectKindId;
  readonly geometry: ProjectGeometry | null;
  readonly corridorWidthM: number | null;
  readonly adminUnitIds: readonly string[];
}

const COLUMNS = "id,code,name,kind,geom,corridor_width_m,admin_unit_ids";

const rowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  geom: z.nullable(projectGeometry),
  corridor_width_m: z.nullable(numeric),
  admin_unit_ids: z.array(z.string()),
});

/** Fetches the projects not retired, by code. */
export async function fetchImportProjects(signal?: AbortSignal): Promise<ImportProject[]> {
  const client = await supabase();
  let query = client.from("projects").select(COLUMNS).is("retired_at", null).order("code");
  if (signal) query = query.abortSignal(signal);
  const { data, error, status } = await query;
  if (error) throw new ApiError("projects", error, status);
  return parseRows(z.array(rowSchema), data, "projects").map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: projectKindById(r.kind).id,
    geometry: r.geom,
    corridorWidthM: r.corridor_width_m,
    adminUnitIds: r.admin_unit_ids,
  }));
}

/** The projects an import may go into; the list is read again after each import (a retired one drops out). */
export function useImportProjects() {
  return useQuery({ queryKey: ["projects", "importable"], queryFn: ({ signal }) => fetchImportProjects(signal) });
}
