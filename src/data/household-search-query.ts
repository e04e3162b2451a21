// search_households(p_query, p_limit): parties the caller may see by name without accents or case
// ("nguyen van an") or by an ID number prefix (3 digits at least). A query the server refuses as
// too short (22023) is never sent: householdQueryProblem tells the page why first.

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { householdSearchKey } from "@/data/household-keys";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdSearchHit } from "@/domain/household-types";
import { PARTY_KINDS } from "@/domain/household-types";

/** Hits asked for when the page does not say. */
export const DEFAULT_SEARCH_LIMIT = 20;

const rowsSchema = z.array(z.object({
  party_id: z.string(),
  kind: z.enum(PARTY_KINDS),
  name: z.string(),
  id_number: z.nullable(z.string()),
  admin_unit_id: z.string(),
  commune_name: z.string(),
  parcels: count,
  project_names: z.array(z.string()),
}));

/**
 * Why the server would refuse `query`, as the server judges it: "too_short_digits" (an ID number
 * needs 3 digits), "too_short_letters" (a name needs 2 letters), "too_long" (over 100 characters);
 * null when it may be sent.
 */
export function householdQueryProblem(query: string): "too_short_digits" | "too_short_letters" | "too_long" | null {
  const q = query.trim().replace(/\s+/g, " ");
  if (q.length > 100) return "too_long";
  if (/^[0-9]+$/.test(q)) return q.length < 3 ? "too_short_digits" : null;
  const letters = q.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").replace(/[^a-zA-Z]/g, "");
  return letters.length < 2 ? "too_short_letters" : null;
}

/** Parses search_households rows. */
export function parseHouseholdSearch(data: unknown): HouseholdSearchHit[] {
  return parseRows(rowsSchema, data, "search_households").map((r) => ({
    partyId: r.party_id, kind: r.kind, name: r.name, idNumber: r.id_number, adminUnitId: r.admin_unit_id,
    communeName: r.commune_name, parcels: r.parcels, projectNames: r.project_names,
  }));
}

/** Searches the parties the caller may see. */
export async function fetchHouseholdSearch(query: string, limit = DEFAULT_SEARCH_LIMIT,
  signal?: AbortSignal): Promise<HouseholdSearchHit[]> {
  const client = await supabase();
  let request = client.rpc("search_households", { p_query: query, p_limit: limit });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("search_households", response.error, response.status);
  return parseHouseholdSearch(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The hits of `query` (trimmed); no request while it is too short or the caller is signed out. */
export function useHouseholdSearch(query: string, limit = DEFAULT_SEARCH_LIMIT) {
  const user = useSignedInUser();
  const q = query.trim().replace(/\s+/g, " ");
  return useQuery({
    queryKey: householdSearchKey(user?.id ?? "anon", q, limit),
    queryFn: ({ signal }) => fetchHouseholdSearch(q, limit, signal),
    enabled: user !== null && householdQueryProblem(q) === null,
    placeholderData: keepPreviousData,
  });
}
