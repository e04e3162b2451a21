// parcel_holders(p_parcel_id): who holds a parcel (party, share, origin of the right), for the
// parcel panel. Refused (42501) to those who may not see the parcel's personal data; the panel
// asks only for signed-in users.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { parcelHoldersKey } from "@/data/household-keys";
import { count, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ParcelHolder } from "@/domain/household-types";
import { HOLDING_ORIGINS, PARTY_KINDS } from "@/domain/household-types";

const rowsSchema = z.array(z.object({
  holding_id: z.string(),
  party_id: z.string(),
  party_kind: z.enum(PARTY_KINDS),
  party_name: z.string(),
  id_number: z.nullable(z.string()),
  share_pct: numeric,
  origin: z.enum(HOLDING_ORIGINS),
  certificate_no: z.nullable(z.string()),
  version: count,
}));

/** Parses parcel_holders rows. */
export function parseParcelHolders(data: unknown): ParcelHolder[] {
  return parseRows(rowsSchema, data, "parcel_holders").map((r) => ({
    holdingId: r.holding_id, partyId: r.party_id, partyKind: r.party_kind, partyName: r.party_name,
    idNumber: r.id_number, sharePct: r.share_pct, origin: r.origin, certificateNo: r.certificate_no,
    version: r.version,
  }));
}

/** Fetches a parcel's holders; an ApiError with code 42501 when the caller may not see them. */
export async function fetchParcelHolders(parcelId: string, signal?: AbortSignal): Promise<ParcelHolder[]> {
  const client = await supabase();
  let request = client.rpc("parcel_holders", { p_parcel_id: parcelId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcel_holders", response.error, response.status);
  return parseParcelHolders(response.data as unknown); // untyped rpc: zod gives it its type
}

/** A parcel's holders; `enabled` false (e.g. the caller may not see private data) sends no request. */
export function useParcelHolders(parcelId: string | null, enabled = true) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: parcelHoldersKey(user?.id ?? "anon", parcelId ?? ""),
    queryFn: ({ signal }) => fetchParcelHolders(parcelId as string, signal),
    enabled: enabled && parcelId !== null && user !== null,
  });
}
