// Parcels by their cadastral numbers (map sheet and parcel number, optionally in one commune or
// district), for the parcel search. Map sheets are numbered per commune (per district in the 2024
// data), so the same sheet and number recur across communes and projects and there can be
// several; the first MAX_HITS are returned, and whether there were more.

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

const rowsSchema = z.array(z.extend(parcelRowSchema, {
  commune_id: z.nullable(z.string()),
  district_id: z.nullable(z.string()),
}));

/** A parcel found, with the commune and district it lies in (its identity's unit is the commune where known). */
export interface ParcelHit {
  readonly parcel: Parcel;
  readonly communeId: string | null;
  readonly districtId: string | null;
}

/** The hits, and whether more parcels matched than are listed. */
export interface ParcelSearchResult {
  readonly hits: readonly ParcelHit[];
  readonly more: boolean;
}

/** Admin unit codes are digits (GSO codes): anything else cannot be one, and is never put in a filter. */
const UNIT_CODE = /^[0-9]{2,5}$/;

/** Finds the parcels with this map sheet and number (in the commune or district, when one is given). */
export async function searchParcels(search: ParcelSearch, signal?: AbortSignal): Promise<ParcelSearchResult> {
  const client = await supabase();
  let request = client.from("parcels").select(`${PARCEL_ROW_COLUMNS},commune_id,district_id`)
    .eq("map_sheet", search.mapSheet).eq("parcel_no", search.parcelNo)
    .order("commune_id", { nullsFirst: false }).order("district_id").order("project_id")
    .limit(MAX_HITS + 1);
  if (search.adminUnitId) {
    if (!UNIT_CODE.test(search.adminUnitId)) return { hits: [], more: false };
    const unit = search.adminUnitId;
    request = request.or(`commune_id.eq.${unit},district_id.eq.${unit},admin_unit_id.eq.${unit}`);
  }
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("parcels", error, status);
  const rows = parseRows(rowsSchema, data, "parcels").slice(0, MAX_HITS + 1);
  const hits = rows.slice(0, MAX_HITS).map((row) => ({
    parcel: parcelOfRow(row), communeId: row.commune_id, districtId: row.district_id,
  }));
  // Into the store like every source: a hit opened in the panel or drawn on the map is the same parcel.
  receiveParcels(hits.map((h) => h.parcel));
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
