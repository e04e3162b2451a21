// my_access(): the caller's roles and the admin units they may change. Anonymous callers get
// no roles. Before the first answer for a user, their pending grants (roles an admin gave to
// their email before they had signed in) are claimed, so a new role counts from this sign-in.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { withOfflineCopy } from "@/data/offline-copy/offline-copy";
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

// The users whose pending grants this page has claimed: once per sign-in is enough, not on
// every refetch of the access.
const claimedFor = new Set<string>();

/** Links the caller's pending grants; a failure only leaves them pending until the next sign-in. */
async function claimPendingGrants(userId: string, signal?: AbortSignal): Promise<void> {
  if (claimedFor.has(userId)) return;
  const client = await supabase();
  let request = client.rpc("claim_my_memberships");
  if (signal) request = request.abortSignal(signal);
  const { error } = await request;
  if (!error) claimedFor.add(userId);
}

/** Fetches the caller's access (claiming their pending grants first, once, when `userId` is given). */
export async function fetchMyAccess(signal?: AbortSignal, userId?: string): Promise<MyAccess> {
  if (userId) await claimPendingGrants(userId, signal);
  // kept per user: a returning officer offline keeps their rights to edit (the server still decides)
  const data = await withOfflineCopy(`access:${userId ?? "anon"}`, () => requestMyAccess(signal), signal);
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

async function requestMyAccess(signal?: AbortSignal): Promise<unknown> {
  const client = await supabase();
  let request = client.rpc("my_access");
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("my_access", response.error, response.status);
  return response.data; // untyped rpc: zod gives it its type
}

/** The signed-in user's access; disabled (no request) while nobody is signed in. */
export function useMyAccess() {
  const user = useSignedInUser();
  return useQuery({
    queryKey: [USER_SCOPE, user?.id ?? "anon", "my-access"],
    queryFn: ({ signal }) => fetchMyAccess(signal, user?.id),
    enabled: user !== null,
    networkMode: "always", // offline it answers from the copy (src/data/offline-copy)
  });
}
