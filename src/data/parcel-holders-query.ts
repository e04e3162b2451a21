// parcel_holders(p_parcel_id): the parcel's land users with their share and origin, for those
// who may see the parcel's private data. The server refuses everyone else (42501), which here
// is "nothing to show" (null), as a missing parcel_private row is. Never asked when signed out.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { householdKeys } from "@/data/household-keys";
import { count, numeric, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ParcelHolder } from "@/domain/household-types";
import { HOLDING_ORIGINS, PARTY_KINDS } from "@/domain/household-types";

const rowsSchema = z.array(z.object({
  holding_id: z.string(), party_id: z.string(), party_kind: z.enum(PARTY_KINDS), party_name: z.string(), id_number: z.nullable(z.string()),
  share_pct: numeric, origin: z.enum(HOLDING_ORIGINS), certificate_no: z.nullable(z.string()), version: count,
}));

/** The parcel's holders, or null when the caller may not see them. */
export async function fetchParcelHolders(parcelId: string, signal?: AbortSignal): Promise<ParcelHolder[] | null> {
  const client = await supabase();
  let request = client.rpc("parcel_holders", { p_parcel_id: parcelId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  const { error, status } = response;
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  if (error?.code === "42501") return null;
  if (error) throw new ApiError("parcel_holders", error, status);
  return parseRows(rowsSchema, data, "parcel_holders").map((r) => ({
    holdingId: r.holding_id, partyId: r.party_id, partyKind: r.party_kind, partyName: r.party_name, idNumber: r.id_number,
    sharePct: r.share_pct, origin: r.origin, certificateNo: r.certificate_no, version: r.version,
  }));
}

/** A parcel's holders for the signed-in user; disabled (no request) for the public. */
export function useParcelHolders(parcelId: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: householdKeys.holders(user?.id ?? "anon", parcelId ?? ""),
    queryFn: ({ signal }) => fetchParcelHolders(parcelId as string, signal),
    enabled: parcelId !== null && user !== null,
  });
}
