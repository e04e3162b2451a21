// my_access(): the caller's roles and the admin units they may change. Anonymous callers get
// no roles.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { RoleGrant } from "@/domain/roles";
import { isRoleId, sortGrants } from "@/domain/roles";

/** What the signed-in user may do, as the database decides it. */
export interface MyAccess {
  readonly userId: string | null;
  readonly email: string | null;
  /** Roles, most powerful first; roles this app does not know yet are left out. */
  readonly grants: readonly RoleGrant[];
  /** Admin units (with descendants) where the user may record parcel events. */
  readonly editableUnitIds: readonly string[];
}

const schema = z.object({
  user_id: z.nullable(z.string()),
  email: z.nullable(z.string()),
  roles: z.array(z.object({ role: z.string(), admin_unit_id: z.nullable(z.string()) })),
  editable_unit_ids: z.array(z.string()),
});

/** Fetches the caller's access. */
export async function fetchMyAccess(signal?: AbortSignal): Promise<MyAccess> {
  const client = await supabase();
  let request = client.rpc("my_access");
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("my_access", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  const parsed = parseRows(schema, data, "my_access");
  const grants: RoleGrant[] = [];
  for (const r of parsed.roles) {
    if (isRoleId(r.role)) grants.push({ role: r.role, adminUnitId: r.admin_unit_id });
  }
  return {
    userId: parsed.user_id,
    email: parsed.email,
    grants: sortGrants(grants),
    editableUnitIds: parsed.editable_unit_ids,
  };
}

/** The signed-in user's access; disabled (no request) while nobody is signed in. */
export function useMyAccess() {
  const user = useSignedInUser();
  return useQuery({
    queryKey: [USER_SCOPE, user?.id ?? "anon", "my-access"],
    queryFn: ({ signal }) => fetchMyAccess(signal),
    enabled: user !== null,
  });
}
