// One parcel's public row (public.parcels), for the parcel panel: every public field. The row
// goes into the parcel store like any other source, and the panel shows the store's parcel; so a
// parcel opened from a link is drawn even before its tile loads.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import type { Parcel } from "@/domain/parcel";
import { receiveParcels } from "@/data/parcel-store";
import { PARCEL_ROW_COLUMNS, parcelOfRow, parcelRowFields } from "@/data/parcel-row";
import { parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** A parcel with the moment it last changed. */
export interface ParcelDetail extends Parcel {
  readonly updatedAt: Date;
}

const COLUMNS = `${PARCEL_ROW_COLUMNS},updated_at`;

const rowSchema = z.object({ ...parcelRowFields, updated_at: timestamptz });

/** Fetches one parcel; null when there is no parcel with this id. */
export async function fetchParcelDetail(id: string, signal?: AbortSignal): Promise<ParcelDetail | null> {
  const client = await supabase();
  let request = client.from("parcels").select(COLUMNS).eq("id", id).limit(1);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  // An id that is not a uuid (a mistyped link) is refused by the database: the parcel does not exist.
  if (error?.code === "22P02") return null;
  if (error) throw new ApiError("parcels", error, status);
  const row = parseRows(z.array(rowSchema), data, "parcels")[0];
  if (!row) return null;
  const parcel = parcelOfRow(row);
  receiveParcels([parcel]);
  return { ...parcel, updatedAt: row.updated_at };
}

/** One parcel's row, loaded into the parcel store; refetch it when the store lacks a field the panel shows. */
export function useParcelDetail(id: string | null) {
  return useQuery({
    queryKey: ["parcel", id],
    queryFn: ({ signal }) => fetchParcelDetail(id as string, signal),
    enabled: id !== null,
  });
}
