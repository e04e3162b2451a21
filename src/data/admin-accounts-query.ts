// Accounts for admins (admin_accounts(): anyone else gets no rows), and granting or revoking a
// role by email (grant_role, revoke_role: the database refuses one's own).

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ADMIN_KEY } from "@/data/admin-keys";
import { ApiError } from "@/data/api-error";
import { parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { RoleId } from "@/domain/roles";

/** One grant: active (linked to a sign-in) or pending (the email has not signed in yet). */
export interface AccountGrant {
  readonly id: string;
  readonly email: string;
  readonly role: RoleId;
  readonly adminUnitId: string | null;
  readonly adminUnitName: string | null;
  readonly status: "pending" | "active";
  readonly createdAt: Date;
  readonly lastSignInAt: Date | null;
  /** The signed-in admin's own row: they cannot change it. */
  readonly isSelf: boolean;
}

const rowSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(["admin", "leader", "officer"]),
  admin_unit_id: z.nullable(z.string()),
  admin_unit_name: z.nullable(z.string()),
  status: z.enum(["pending", "active"]),
  created_at: timestamptz,
  last_sign_in_at: z.nullable(timestamptz),
  is_self: z.boolean(),
});

export async function fetchAccounts(signal?: AbortSignal): Promise<AccountGrant[]> {
  const client = await supabase();
  let request = client.rpc("admin_accounts").select("id,email,role,admin_unit_id,admin_unit_name,status,created_at,last_sign_in_at,is_self");
  if (signal) request = request.abortSignal(signal);
  const { data, error, status } = await request;
  if (error) throw new ApiError("admin_accounts", error, status);
  return parseRows(z.array(rowSchema), data, "admin_accounts").map((r) => ({
    id: r.id, email: r.email, role: r.role, adminUnitId: r.admin_unit_id, adminUnitName: r.admin_unit_name,
    status: r.status, createdAt: r.created_at, lastSignInAt: r.last_sign_in_at, isSelf: r.is_self,
  }));
}

export const accountsQuery = queryOptions({
  queryKey: [...ADMIN_KEY, "accounts"],
  queryFn: ({ signal }) => fetchAccounts(signal),
});

export function useAccounts(enabled: boolean) {
  return useQuery({ ...accountsQuery, enabled });
}

export interface RoleGrantInput {
  readonly email: string;
  readonly role: RoleId;
  readonly adminUnitId: string | null;
}

/** Grants a role; answers whether it is pending. */
export async function grantRole(input: RoleGrantInput): Promise<{ id: string; pending: boolean }> {
  const client = await supabase();
  const response = await client.rpc("grant_role", {
    p_email: input.email, p_role: input.role, p_admin_unit_id: input.adminUnitId,
  });
  if (response.error) throw new ApiError("grant_role", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.object({ id: z.string(), pending: z.boolean() }), data, "grant_role");
}

export async function revokeRole(membershipId: string): Promise<void> {
  const client = await supabase();
  const { error, status } = await client.rpc("revoke_role", { p_membership_id: membershipId });
  if (error) throw new ApiError("revoke_role", error, status);
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: grantRole, onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }) });
}

export function useRevokeRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeRole, onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }) });
}
