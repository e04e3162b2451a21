// target_burnup(p_target_id, p_at): a target's value on every day of its period up to a day, each
// the actual target_progress gives for that day (the database computes both, so the chart's last
// point is the table's figure). Public, the same for every user.

import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { BurnupPoint } from "@/domain/meeting-types";

/** The query key prefix of the burn-ups on any day. */
export const TARGET_BURNUP_KEY = ["target-burnup"] as const;
/** The key prefix of today's burn-ups, which the change feed refetches when parcels change. */
export const TARGET_BURNUP_TODAY_KEY = [...TARGET_BURNUP_KEY, "today"] as const;

const rowSchema = z.object({ day: isoDate, value: numeric });

/** Parses target_burnup rows (numeric may arrive as a string from the local backend), in day order. */
export function parseTargetBurnup(data: unknown): BurnupPoint[] {
  return parseRows(z.array(rowSchema), data, "target_burnup")
    .map((r) => ({ day: r.day, value: r.value }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * Fetches the burn-up of `targetId` up to `day` ("YYYY-MM-DD"), or up to today in Hưng Yên as the
 * database tells it when `day` is null. Empty before the period begins and for a target that
 * cannot be measured.
 */
export async function fetchTargetBurnup(targetId: string, day: string | null, signal?: AbortSignal): Promise<BurnupPoint[]> {
  const client = await supabase();
  let request = client.rpc("target_burnup", day === null ? { p_target_id: targetId } : { p_target_id: targetId, p_at: day });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("target_burnup", response.error, response.status);
  return parseTargetBurnup(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The query of one target's burn-up up to `day` (today when null); asks nothing without a target. */
export function targetBurnupQuery(targetId: string | null, day: string | null) {
  return queryOptions({
    queryKey: [...(day === null ? TARGET_BURNUP_TODAY_KEY : [...TARGET_BURNUP_KEY, day]), targetId],
    queryFn: targetId === null ? skipToken : ({ signal }) => fetchTargetBurnup(targetId, day, signal),
  });
}

/** One target's burn-up up to `day` (today when null). */
export function useTargetBurnup(targetId: string | null, day: string | null) {
  return useQuery(targetBurnupQuery(targetId, day));
}
