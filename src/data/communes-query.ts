// The communes and wards loaded so far (admin units of level 'commune', imported by an admin), for
// choosing one where a parcel is looked for. Names and codes only: their outlines are not needed
// for a list, and the demo has none (no commune boundaries with clear reuse rights).

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { isoDate, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A commune or ward. */
export interface Commune {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  /** "YYYY-MM-DD" or null. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

const rowsSchema = z.array(z.object({
  id: z.string(),
  name: z.string(),
  parent_id: z.nullable(z.string()),
  valid_from: z.nullable(isoDate),
  valid_to: z.nullable(isoDate),
}));

/** Every commune-level unit, by name. */
export async function fetchCommunes(signal?: AbortSignal): Promise<Commune[]> {
  const client = await supabase();
  let request = client.from("admin_units").select("id,name,parent_id,valid_from,valid_to")
    .eq("level", "commune").order("name");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_units", error, status);
  return parseRows(rowsSchema, data, "admin_units").map((r) => ({
    id: r.id, name: r.name, parentId: r.parent_id, validFrom: r.valid_from, validTo: r.valid_to,
  }));
}

/** The communes; they change only when an admin imports boundaries. */
export function useCommunes() {
  return useQuery({ queryKey: ["communes"], queryFn: ({ signal }) => fetchCommunes(signal), staleTime: 10 * 60_000 });
}
