// audit_parcel(): every event of one parcel, newest recorded first, for the officers of its area,
// leaders and admins; the database refuses anyone else (42501), with its reason.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { auditKey } from "@/data/audit-keys";
import { auditRowSchema, toAuditEvent } from "@/data/audit-row";
import { useSignedInUser } from "@/data/auth-session";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { AuditEvent } from "@/domain/audit-types";

export async function fetchAuditParcel(parcelId: string, signal?: AbortSignal): Promise<AuditEvent[]> {
  const client = await supabase();
  let request = client.rpc("audit_parcel", { p_parcel_id: parcelId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("audit_parcel", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(auditRowSchema), data, "audit_parcel").map(toAuditEvent);
}

/** One parcel's audit; off while `parcelId` is null or nobody is signed in. */
export function useAuditParcel(parcelId: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: auditKey(user?.id ?? null, "parcel", parcelId),
    queryFn: ({ signal }) => fetchAuditParcel(parcelId as string, signal),
    enabled: parcelId !== null && user !== null,
    retry: (failures, error) => !(error instanceof ApiError && !error.network) && failures < 2,
  });
}
