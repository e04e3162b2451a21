// household_progress(group_by, p_at): the leaders' units of households per project, kind, admin
// unit or province at the end of a Hưng Yên day (now when null): households, approved plans,
// paid, handed over, money, graves, utilities, resettlement plots. Money is null where the caller
// may not see it (the public, for a group of fewer than three households).

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { count, numeric, parseRows } from "@/data/parse";
import type { ProgressGroupBy } from "@/data/progress-summary-query";
import { supabase } from "@/data/supabase-client";
import type { HouseholdFigures } from "@/domain/household-types";
import { ITEM_KINDS } from "@/domain/household-types";

/**
 * The query key prefix of the figures on any day: below ["household-figures"], which a recorded
 * household event invalidates (src/data/household-keys.ts, HOUSEHOLD_FIGURES_KEY).
 */
export const HOUSEHOLD_PROGRESS_KEY = ["household-figures", "progress"] as const;

const utilitySchema = z.object({
  kind: z.enum(ITEM_KINDS),
  unit: z.enum(["count", "m"]),
  total: numeric,
  done: numeric,
});

const rowSchema = z.object({
  key: z.string(),
  name: z.string(),
  households: count,
  households_plan_approved: count,
  households_paid: count,
  households_handed_over: count,
  approved_vnd: z.nullable(numeric),
  paid_vnd: z.nullable(numeric),
  graves_total: numeric,
  graves_moved: numeric,
  utilities: z.array(utilitySchema),
  plots_needed: count,
  plots_ready: count,
});

/** Parses household_progress rows. */
export function parseHouseholdProgress(data: unknown): HouseholdFigures[] {
  return parseRows(z.array(rowSchema), data, "household_progress").map((r) => ({
    key: r.key,
    name: r.name,
    households: r.households,
    householdsPlanApproved: r.households_plan_approved,
    householdsPaid: r.households_paid,
    householdsHandedOver: r.households_handed_over,
    approvedVnd: r.approved_vnd,
    paidVnd: r.paid_vnd,
    gravesTotal: r.graves_total,
    gravesMoved: r.graves_moved,
    utilities: r.utilities,
    plotsNeeded: r.plots_needed,
    plotsReady: r.plots_ready,
  }));
}

/** Fetches the figures grouped by `groupBy` at the end of `day` ("YYYY-MM-DD"), or now when null. */
export async function fetchHouseholdProgress(groupBy: ProgressGroupBy, day: string | null, signal?: AbortSignal): Promise<HouseholdFigures[]> {
  const client = await supabase();
  let request = client.rpc("household_progress", day === null ? { group_by: groupBy } : { group_by: groupBy, p_at: day });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("household_progress", response.error, response.status);
  return parseHouseholdProgress(response.data as unknown); // untyped rpc: zod gives it its type
}

/**
 * The query of one grouping at the end of `day` (now when null) for `userId` (null: the public):
 * the answer depends on who asks (money is withheld from the public for small groups).
 */
export function householdProgressQuery(groupBy: ProgressGroupBy, day: string | null, userId: string | null) {
  return queryOptions({
    queryKey: [...HOUSEHOLD_PROGRESS_KEY, userId ?? "anon", day ?? "today", groupBy],
    queryFn: ({ signal }) => fetchHouseholdProgress(groupBy, day, signal),
  });
}

/** The household figures grouped by `groupBy` at the end of `day` (now when null). */
export function useHouseholdProgress(groupBy: ProgressGroupBy, day: string | null, { enabled = true }: { enabled?: boolean } = {}) {
  const user = useSignedInUser();
  return useQuery({ ...householdProgressQuery(groupBy, day, user?.id ?? null), enabled });
}
