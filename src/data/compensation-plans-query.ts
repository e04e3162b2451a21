// The compensation plans (one per project batch) of some projects, for choosing the plan a new
// plan line or payment belongs to: a household's first line goes into a plan it has no part of
// yet. Row level security returns them to leaders and officers of the projects' areas.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { HOUSEHOLDS_KEY } from "@/data/household-keys";
import { count, isoDate, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A plan's header. */
export interface CompensationPlan {
  readonly id: string;
  readonly projectId: string;
  readonly batch: string;
  readonly decisionNo: string | null;
  /** Approved when set. */
  readonly decisionDate: string | null;
  readonly version: number;
}

const rowsSchema = z.array(z.object({
  id: z.string(),
  project_id: z.string(),
  batch: z.string(),
  decision_no: z.nullable(z.string()),
  decision_date: z.nullable(isoDate),
  version: count,
}));

/** The plans of these projects, by project and batch. */
export async function fetchCompensationPlans(projectIds: readonly string[], signal?: AbortSignal): Promise<CompensationPlan[]> {
  if (projectIds.length === 0) return [];
  const client = await supabase();
  let request = client.from("compensation_plans").select("id,project_id,batch,decision_no,decision_date,version")
    .in("project_id", [...projectIds]).order("project_id").order("batch");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("compensation_plans", error, status);
  return parseRows(rowsSchema, data, "compensation_plans").map((r) => ({
    id: r.id, projectId: r.project_id, batch: r.batch, decisionNo: r.decision_no, decisionDate: r.decision_date, version: r.version,
  }));
}

/** The plans of these projects for the signed-in user; idle for the public. */
export function useCompensationPlans(projectIds: readonly string[]) {
  const user = useSignedInUser();
  const ids = [...new Set(projectIds)].sort();
  return useQuery({
    // under HOUSEHOLDS_KEY: a recorded plan.save refreshes the choices
    queryKey: [...HOUSEHOLDS_KEY, user?.id ?? "anon", "compensation-plans", ids],
    queryFn: ({ signal }) => fetchCompensationPlans(ids, signal),
    enabled: user !== null,
    staleTime: 60_000,
  });
}
