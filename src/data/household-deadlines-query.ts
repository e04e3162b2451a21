// household_deadlines(p_project_id, p_at): each party's part of each plan approved by the end of
// a day, with what was paid and the day it was paid in full, which the 30-day payment rule
// (src/domain/deadline-rules.ts, household_payment) judges. Names parties: signed-in callers only,
// and only the parties they may see. Read page by page (a province has more than the API's rows).

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { allRpcPages } from "@/data/rpc-pages";
import { supabase } from "@/data/supabase-client";
import type { HouseholdDeadlineRow } from "@/domain/household-types";

/**
 * The query key prefix of the rows on any day: personal data, so inside the signed-in user's
 * scope (dropped on sign-out) and below the households' keys a recorded event invalidates.
 */
export const HOUSEHOLD_DEADLINES_KEY = [USER_SCOPE, "households"] as const;

const rowSchema = z.object({
  party_id: z.string(),
  party_name: z.string(),
  plan_id: z.string(),
  project_id: z.string(),
  batch: z.string(),
  decision_date: isoDate,
  total_vnd: numeric,
  paid_vnd: numeric,
  paid_in_full_on: z.nullable(isoDate),
});

/** Parses household_deadlines rows. */
export function parseHouseholdDeadlines(data: unknown): HouseholdDeadlineRow[] {
  return parseRows(z.array(rowSchema), data, "household_deadlines").map((r) => ({
    partyId: r.party_id,
    partyName: r.party_name,
    planId: r.plan_id,
    projectId: r.project_id,
    batch: r.batch,
    decisionDate: r.decision_date,
    totalVnd: r.total_vnd,
    paidVnd: r.paid_vnd,
    paidInFullOn: r.paid_in_full_on,
  }));
}

/** Fetches the rows of `projectId` (every project when null) at the end of `day` (today when null). */
export async function fetchHouseholdDeadlines(projectId: string | null, day: string | null, signal?: AbortSignal): Promise<HouseholdDeadlineRow[]> {
  const client = await supabase();
  const args = { ...(projectId === null ? {} : { p_project_id: projectId }), ...(day === null ? {} : { p_at: day }) };
  return allRpcPages("household_deadlines", (from, to) => {
    let request = client.rpc("household_deadlines", args).range(from, to);
    if (signal) request = request.abortSignal(signal);
    return request;
  }, parseHouseholdDeadlines);
}

/** The query of the rows of `projectId` (every project when null) at the end of `day` (today when null). */
export function householdDeadlinesQuery(projectId: string | null, day: string | null, userId: string) {
  return queryOptions({
    queryKey: [...HOUSEHOLD_DEADLINES_KEY, userId, "deadlines", day ?? "today", projectId ?? "all"],
    queryFn: ({ signal }) => fetchHouseholdDeadlines(projectId, day, signal),
  });
}

/** The rows the signed-in user may see; nothing is asked for the public. */
export function useHouseholdDeadlines(projectId: string | null, day: string | null) {
  const user = useSignedInUser();
  return useQuery({ ...householdDeadlinesQuery(projectId, day, user?.id ?? ""), enabled: user !== null });
}
