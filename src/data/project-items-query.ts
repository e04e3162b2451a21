// project_items_list(p_project_id, p_at): a project's graves and utilities to move, each with its
// latest progress on or before a day (today in Hưng Yên when null) and whether the caller may
// record progress. For leaders and the officers of the project's areas (42501 otherwise).

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { projectItemsKey } from "@/data/household-keys";
import { count, isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ProjectItemRow } from "@/domain/household-types";
import { ITEM_KINDS } from "@/domain/household-types";

const rowsSchema = z.array(z.object({
  id: z.string(),
  project_id: z.string(),
  admin_unit_id: z.string(),
  kind: z.enum(ITEM_KINDS),
  name: z.string(),
  unit: z.enum(["count", "m"]),
  total: numeric,
  owner: z.nullable(z.string()),
  version: count,
  done: z.nullable(numeric),
  done_as_of: z.nullable(isoDate),
  can_edit: z.boolean(),
}));

/** Parses project_items_list rows. */
export function parseProjectItems(data: unknown): ProjectItemRow[] {
  return parseRows(rowsSchema, data, "project_items_list").map((r) => ({
    id: r.id, projectId: r.project_id, adminUnitId: r.admin_unit_id, kind: r.kind, name: r.name, unit: r.unit,
    total: r.total, owner: r.owner, version: r.version, done: r.done, doneAsOf: r.done_as_of, canEdit: r.can_edit,
  }));
}

/** Fetches a project's items as of `day` ("YYYY-MM-DD", today when null). */
export async function fetchProjectItems(projectId: string, day: string | null,
  signal?: AbortSignal): Promise<ProjectItemRow[]> {
  const client = await supabase();
  let request = client.rpc("project_items_list", day === null ? { p_project_id: projectId } : { p_project_id: projectId, p_at: day });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("project_items_list", response.error, response.status);
  return parseProjectItems(response.data as unknown); // untyped rpc: zod gives it its type
}

/** A project's items as of `day` for the signed-in user; no request when signed out or no project. */
export function useProjectItems(projectId: string | null, day: string | null = null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: projectItemsKey(user?.id ?? "anon", projectId ?? "", day),
    queryFn: ({ signal }) => fetchProjectItems(projectId as string, day, signal),
    enabled: projectId !== null && user !== null,
  });
}
