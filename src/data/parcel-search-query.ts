// Parcels by their cadastral numbers (map sheet and parcel number, optionally in one district),
// for the parcel search. The same sheet and number recur across districts and projects, so
// there can be several; the first MAX_HITS are returned, and whether there were more.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import type { Parcel } from "@/domain/parcel";
import { PARCEL_ROW_COLUMNS, parcelOfRow, parcelRowSchema } from "@/data/parcel-row";
import { receiveParcels } from "@/data/parcel-store";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ParcelSearch } from "@/domain/parcel-search";

/** At most this many hits are listed. */
export const MAX_HITS = 20;

const rowsSchema = z.array(parcelRowSchema);

/** The hits, and whether more parcels matched than are listed. */
export interface ParcelSearchResult {
  readonly hits: readonly Parcel[];
  readonly more: boolean;
}

/** Finds the parcels with this map sheet and number (in the district, when one is given). */
export async function searchParcels(search: ParcelSearch, signal?: AbortSignal): Promise<ParcelSearchResult> {
  const client = await supabase();
  let request = client.from("parcels").select(PARCEL_ROW_COLUMNS)
    .eq("map_sheet", search.mapSheet).eq("parcel_no", search.parcelNo)
    .order("admin_unit_id").order("project_id")
    .limit(MAX_HITS + 1);
  if (search.adminUnitId) request = request.eq("admin_unit_id", search.adminUnitId);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("parcels", error, status);
  const rows = parseRows(rowsSchema, data, "parcels");
  const hits: Parcel[] = rows.slice(0, MAX_HITS).map(parcelOfRow);
  // Into the store like every source: a hit opened in the panel or drawn on the map is the same parcel.
  receiveParcels(hits);
  return { hits, more: rows.length > MAX_HITS };
}

/** The search's result; idle while `search` is null. */
export function useParcelSearch(search: ParcelSearch | null) {
  return useQuery({
    queryKey: ["parcel-search", search],
    queryFn: ({ signal }) => searchParcels(search as ParcelSearch, signal),
    enabled: search !== null,
    staleTime: 30_000,
  });
}
