// audit_user(): the events one user recorded in a window [from, to), newest first, at most
// AUDIT_USER_LIMIT. Leaders and admins read anyone's; an officer their own, and others' on the
// parcels of their area.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { auditKey } from "@/data/audit-keys";
import { auditRowSchema, toAuditEvent } from "@/data/audit-row";
import { useSignedInUser } from "@/data/auth-session";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { AuditEvent } from "@/domain/audit-types";

/** The most rows audit_user answers; a longer list is read by narrowing the window. */
export const AUDIT_USER_LIMIT = 5000;

export interface AuditUserWindow {
  /** null: the signed-in user. */
  readonly userId: string | null;
  readonly from: Date;
  readonly to: Date;
}

export async function fetchAuditUser(w: AuditUserWindow, signal?: AbortSignal): Promise<AuditEvent[]> {
  const client = await supabase();
  let request = client.rpc("audit_user", { p_user: w.userId, p_from: w.from.toISOString(), p_to: w.to.toISOString() });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("audit_user", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(auditRowSchema), data, "audit_user").map(toAuditEvent);
}

/** A user's changes in a window; off while `w` is null. */
export function useAuditUser(w: AuditUserWindow | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: auditKey(user?.id ?? null, "user", w?.userId ?? null, w?.from.toISOString() ?? null, w?.to.toISOString() ?? null),
    queryFn: ({ signal }) => fetchAuditUser(w as AuditUserWindow, signal),
    enabled: w !== null && user !== null,
    retry: (failures, error) => !(error instanceof ApiError && !error.network) && failures < 2,
  });
}
