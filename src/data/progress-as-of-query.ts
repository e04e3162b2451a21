// progress_as_of(p_at, group_by): the columns of progress_summary as they stood at an instant,
// rebuilt by the database from the parcels' event history. The progress panel asks it for the
// end of a chosen day in Hưng Yên. Public, the same for every user.

import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { ApiError } from "@/data/api-error";
import type { ProgressGroupBy, ProgressRow } from "@/data/progress-summary-query";
import { parseProgressRows, sumByKind } from "@/data/progress-summary-query";
import { supabase } from "@/data/supabase-client";
import { asOfInstant } from "@/domain/as-of-day";

/**
 * The query key prefix. The change feed does not refetch it: figures at the end of a past day
 * change only when an act is recorded with an earlier date, and the leader reading them should
 * not see them move; they are read again when the window regains focus after a minute (the
 * app's staleTime) or when the day is chosen again.
 */
export const PROGRESS_AS_OF_KEY = ["progress-as-of"] as const;

/** Fetches the figures grouped by `groupBy` as they stood at the end of `day` ("YYYY-MM-DD") in Hưng Yên. */
export async function fetchProgressAsOf(day: string, groupBy: ProgressGroupBy, signal?: AbortSignal): Promise<ProgressRow[]> {
  const client = await supabase();
  let request = client.rpc("progress_as_of", { p_at: asOfInstant(day), group_by: groupBy });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("progress_as_of", response.error, response.status);
  return parseProgressRows(response.data as unknown, "progress_as_of"); // untyped rpc: zod gives it its type
}

/** The query of one grouping at the end of `day`; asks nothing while `day` is null. */
export function progressAsOfQuery(groupBy: ProgressGroupBy, day: string | null) {
  return queryOptions({
    queryKey: [...PROGRESS_AS_OF_KEY, day, groupBy],
    queryFn: day === null ? skipToken : ({ signal }) => fetchProgressAsOf(day, groupBy, signal),
  });
}

/**
 * The figures grouped by `groupBy` at the end of `day`, nothing while `day` is null. As with
 * useProgressSummary, the kind grouping is summed from the project grouping (which the totals
 * need as well): each call replays every event since `day`, so one replay serves both.
 */
export function useProgressAsOf(groupBy: ProgressGroupBy, day: string | null, { enabled = true }: { enabled?: boolean } = {}) {
  const derived = groupBy === "kind";
  return useQuery({
    ...progressAsOfQuery(derived ? "project" : groupBy, day),
    select: derived ? sumByKind : undefined,
    enabled: enabled && day !== null,
  });
}
