// The plan batches whose draft posting may have been short (plan_postings_short), for the
// legal-deadline check of the posting (Art. 87, src/domain/deadline-rules.ts planPostingFlag
// judges them on the day shown), and the number of approved batches with no posting day
// (plan_postings_unrecorded). Row level security gives leaders every batch and the officers of
// the projects' areas theirs; the public may call neither.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { HOUSEHOLDS_KEY } from "@/data/household-keys";
import { count, isoDate, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A plan batch with the days of its draft's posting and its approval. */
export interface PlanPosting {
  readonly id: string;
  readonly projectId: string;
  readonly batch: string;
  readonly postedFrom: string | null;
  readonly postedTo: string | null;
  readonly decisionNo: string | null;
  readonly decisionDate: string | null;
}

const rowsSchema = z.array(z.object({
  id: z.string(),
  project_id: z.string(),
  batch: z.string(),
  posted_from: z.nullable(isoDate),
  posted_to: z.nullable(isoDate),
  decision_no: z.nullable(z.string()),
  decision_date: z.nullable(isoDate),
}));

/** Parses plan_postings_short rows. */
export function parsePlanPostings(data: unknown): PlanPosting[] {
  return parseRows(rowsSchema, data, "plan_postings_short").map((r) => ({
    id: r.id, projectId: r.project_id, batch: r.batch, postedFrom: r.posted_from, postedTo: r.posted_to,
    decisionNo: r.decision_no, decisionDate: r.decision_date,
  }));
}

/** The candidates of the posting check, and the approved batches it cannot judge on `day`. */
export interface PlanPostingFacts {
  readonly candidates: PlanPosting[];
  readonly unrecorded: number;
}

export async function fetchPlanPostings(day: string | null, signal?: AbortSignal): Promise<PlanPostingFacts> {
  const client = await supabase();
  let short = client.rpc("plan_postings_short");
  let unrecorded = client.rpc("plan_postings_unrecorded", { p_at: day });
  if (signal) {
    short = short.abortSignal(signal);
    unrecorded = unrecorded.abortSignal(signal);
  }
  const [a, b] = await Promise.all([short, unrecorded]);
  if (a.error) throw new ApiError("plan_postings_short", a.error, a.status);
  if (b.error) throw new ApiError("plan_postings_unrecorded", b.error, b.status);
  const data: unknown = b.data; // untyped rpc: zod gives it its type
  return { candidates: parsePlanPostings(a.data), unrecorded: parseRows(count, data, "plan_postings_unrecorded") };
}

/** The posting check's facts on `day` (today when null) for the signed-in user; idle for the public. */
export function usePlanPostings(day: string | null) {
  const user = useSignedInUser();
  return useQuery({
    // under HOUSEHOLDS_KEY: a recorded plan.save refreshes it
    queryKey: [...HOUSEHOLDS_KEY, user?.id ?? "anon", "plan-postings", day],
    queryFn: ({ signal }) => fetchPlanPostings(day, signal),
    enabled: user !== null,
    staleTime: 60_000,
  });
}
