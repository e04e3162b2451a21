// daily_changes(): one Vietnamese day's changes (by when they were recorded) per admin unit of the
// changed parcels. Leaders and admins see every unit, officers their area's.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { auditKey } from "@/data/audit-keys";
import { useSignedInUser } from "@/data/auth-session";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { DailyChanges } from "@/domain/audit-types";

const rowSchema = z.object({
  admin_unit_id: z.string(),
  admin_unit_name: z.nullable(z.string()),
  events: count,
  parcels: count,
  advances: count,
  blockers_set: count,
  blockers_cleared: count,
  reverts: count,
  users: count,
});

/** `day` is "YYYY-MM-DD" in Hưng Yên. */
export async function fetchDailyChanges(day: string, signal?: AbortSignal): Promise<DailyChanges[]> {
  const client = await supabase();
  let request = client.rpc("daily_changes", { p_day: day });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("daily_changes", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(rowSchema), data, "daily_changes").map((r) => ({
    adminUnitId: r.admin_unit_id, adminUnitName: r.admin_unit_name, events: r.events, parcels: r.parcels,
    advances: r.advances, blockersSet: r.blockers_set, blockersCleared: r.blockers_cleared, reverts: r.reverts, users: r.users,
  }));
}

export function useDailyChanges(day: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: auditKey(user?.id ?? null, "day", day),
    queryFn: ({ signal }) => fetchDailyChanges(day as string, signal),
    enabled: day !== null && user !== null,
    retry: (failures, error) => !(error instanceof ApiError && !error.network) && failures < 2,
  });
}
