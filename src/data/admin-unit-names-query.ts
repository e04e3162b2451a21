// Names of a few admin units by code (public.admin_units), e.g. for "Văn Giang (326)".

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

const rowsSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** Fetches the names of the admin units with these codes; unknown codes are simply absent. */
export async function fetchAdminUnitNames(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const client = await supabase();
  let request = client.from("admin_units").select("id,name").in("id", [...ids]);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_units", error, status);
  return new Map(parseRows(rowsSchema, data, "admin_units").map((r) => [r.id, r.name]));
}

/** Names of the admin units with these codes. */
export function useAdminUnitNames(ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    queryKey: ["admin-unit-names", sorted],
    queryFn: ({ signal }) => fetchAdminUnitNames(sorted, signal),
    enabled: sorted.length > 0,
    staleTime: 60 * 60_000,
  });
}
