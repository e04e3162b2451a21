// A parcel's personal data (public.parcel_private): owner, household, compensation and
// resettlement. Row level security returns the row only to officers of the parcel's area and
// to leaders; everyone else gets no row, which is not an error. Never asked for when signed out.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** The personal data of one parcel. */
export interface ParcelPrivate {
  readonly ownerName: string | null;
  readonly household: string | null;
  readonly compensationVnd: number | null;
  readonly supportVnd: number | null;
  readonly resettlement: string | null;
  readonly updatedAt: Date;
}

const COLUMNS = "parcel_id,owner_name,household,compensation_vnd,support_vnd,resettlement,updated_at";

const rowSchema = z.object({
  parcel_id: z.string(),
  owner_name: z.nullable(z.string()),
  household: z.nullable(z.string()),
  compensation_vnd: z.nullable(numeric),
  support_vnd: z.nullable(numeric),
  resettlement: z.nullable(z.string()),
  updated_at: timestamptz,
});

/** Fetches a parcel's personal data; null when there is none or the caller may not see it. */
export async function fetchParcelPrivate(parcelId: string, signal?: AbortSignal): Promise<ParcelPrivate | null> {
  const client = await supabase();
  let request = client.from("parcel_private").select(COLUMNS).eq("parcel_id", parcelId).limit(1);
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("parcel_private", error, status);
  const row = parseRows(z.array(rowSchema), data, "parcel_private")[0];
  if (!row) return null;
  return {
    ownerName: row.owner_name,
    household: row.household,
    compensationVnd: row.compensation_vnd,
    supportVnd: row.support_vnd,
    resettlement: row.resettlement,
    updatedAt: row.updated_at,
  };
}

/** A parcel's personal data for the signed-in user; disabled (no request) for the public. */
export function useParcelPrivate(parcelId: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: [USER_SCOPE, user?.id ?? "anon", "parcel-private", parcelId],
    queryFn: ({ signal }) => fetchParcelPrivate(parcelId as string, signal),
    enabled: parcelId !== null && user !== null,
  });
}
