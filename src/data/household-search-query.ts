// search_households(p_query, p_limit): parties the caller may see whose name (without accents
// or case) or ID number prefix matches, with their commune, parcels and projects.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { householdKeys } from "@/data/household-keys";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdSearchHit } from "@/domain/household-types";
import { PARTY_KINDS } from "@/domain/household-types";

const rowsSchema = z.array(z.object({
  party_id: z.string(), kind: z.enum(PARTY_KINDS), name: z.string(), id_number: z.nullable(z.string()), admin_unit_id: z.string(),
  commune_name: z.nullable(z.string()), parcels: count, project_names: z.nullable(z.array(z.string())),
}));

/** The hits for `query`, at most `limit`. */
export async function searchHouseholds(query: string, limit: number, signal?: AbortSignal): Promise<HouseholdSearchHit[]> {
  const client = await supabase();
  let request = client.rpc("search_households", { p_query: query, p_limit: limit });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  const { error, status } = response;
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  if (error) throw new ApiError("search_households", error, status);
  return parseRows(rowsSchema, data, "search_households").map((r) => ({
    partyId: r.party_id, kind: r.kind, name: r.name, idNumber: r.id_number, adminUnitId: r.admin_unit_id,
    communeName: r.commune_name ?? r.admin_unit_id, parcels: r.parcels, projectNames: r.project_names ?? [],
  }));
}

/** The search's hits; idle while `query` is null or nobody is signed in. */
export function useHouseholdSearch(query: string | null, limit = 20) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: householdKeys.search(user?.id ?? "anon", query ?? "", limit),
    queryFn: ({ signal }) => searchHouseholds(query as string, limit, signal),
    enabled: query !== null && user !== null,
    staleTime: 30_000,
  });
}
