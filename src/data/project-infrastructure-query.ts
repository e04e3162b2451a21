// Technical infrastructure built per project (projects.infrastructure_done_m2), to measure
// targets such as "industrial clusters build infrastructure on over 200 ha".

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A project's kind and the area with infrastructure built. */
export interface ProjectInfrastructure {
  readonly projectId: string;
  readonly kind: string;
  readonly infrastructureDoneM2: number;
}

const rowsSchema = z.array(z.object({ id: z.string(), kind: z.string(), infrastructure_done_m2: numeric }));

/** Fetches every project's infrastructure figure. */
export async function fetchProjectInfrastructure(signal?: AbortSignal): Promise<ProjectInfrastructure[]> {
  const client = await supabase();
  let request = client.from("projects").select("id,kind,infrastructure_done_m2");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("projects", error, status);
  return parseRows(rowsSchema, data, "projects").map((r) => ({
    projectId: r.id,
    kind: r.kind,
    infrastructureDoneM2: r.infrastructure_done_m2,
  }));
}

/** Every project's infrastructure figure. */
export function useProjectInfrastructure() {
  return useQuery({ queryKey: ["project-infrastructure"], queryFn: ({ signal }) => fetchProjectInfrastructure(signal) });
}
