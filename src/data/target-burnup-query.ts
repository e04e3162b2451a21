// TEMPORARY stand-in on branch helper/targets for the sql helper's module of the same name
// (issue 15 contract): replaced by theirs when helper/sql is merged.

import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { isoDate, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { BurnupPoint } from "@/domain/meeting-types";

const rowSchema = z.object({ day: isoDate, value: numeric });

export async function fetchTargetBurnup(targetId: string, day: string | null, signal?: AbortSignal): Promise<BurnupPoint[]> {
  const client = await supabase();
  let request = client.rpc("target_burnup", day ? { p_target_id: targetId, p_at: day } : { p_target_id: targetId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("target_burnup", response.error, response.status);
  return parseRows(z.array(rowSchema), response.data as unknown, "target_burnup");
}

export function useTargetBurnup(targetId: string, day: string | null) {
  return useQuery(queryOptions({
    queryKey: ["target-burnup", targetId, day ?? "today"],
    queryFn: ({ signal }) => fetchTargetBurnup(targetId, day, signal),
  }));
}
