// audit_users(): the accounts an audit can be asked about (leaders and admins: everyone with a
// role or a recorded change; anyone else: themselves).

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { auditKey } from "@/data/audit-keys";
import { useSignedInUser } from "@/data/auth-session";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";

/** An account to pick on the audit page. */
export interface AuditUser {
  readonly userId: string;
  readonly email: string;
}

const rowSchema = z.object({ user_id: z.string(), email: z.nullable(z.string()) });

export async function fetchAuditUsers(signal?: AbortSignal): Promise<AuditUser[]> {
  const client = await supabase();
  let request = client.rpc("audit_users");
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("audit_users", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(rowSchema), data, "audit_users")
    .map((r) => ({ userId: r.user_id, email: r.email ?? r.user_id }));
}

export function useAuditUsers() {
  const user = useSignedInUser();
  return useQuery({
    queryKey: auditKey(user?.id ?? null, "users"),
    queryFn: ({ signal }) => fetchAuditUsers(signal),
    enabled: user !== null,
  });
}
