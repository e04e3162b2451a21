// Roles granted to an email through the HTTP API: pending until that person signs in and claims,
// then active; no one changes their own; leaders, officers and the public cannot grant.
import { describe, it, expect, beforeAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, sql, type World } from "./support/fixtures";

// bcrypt hash of PASSWORD in ./support/clients.ts, as in ./support/fixtures.ts
const PASSWORD_HASH = "$2b$10$rKzmAk4U3xX7OY8PW7MOuuvKDuhn9w4I5FSg.4WtnPd4DagTSdQsS";

let world: World;
let admin: SupabaseClient;
let newcomer: string;

interface AccountRow { id: string; email: string; role: string; admin_unit_id: string | null; status: string; is_self: boolean }

async function accounts(client: SupabaseClient): Promise<AccountRow[]> {
  const { data, error } = await client.rpc("admin_accounts");
  if (error) throw new Error(error.message);
  return data as AccountRow[];
}

beforeAll(async () => {
  world = await createWorld(1);
  admin = await signedIn(world.users.admin);
  newcomer = `moi-${world.tag}@test.local`;
});

describe("a role granted to an email", () => {
  it("is pending until the person signs in and claims it, then active", async () => {
    const { data, error } = await admin.rpc("grant_role", { p_email: newcomer.toUpperCase(), p_role: "officer", p_admin_unit_id: "326" });
    expect(error).toBeNull();
    expect(data).toMatchObject({ pending: true });
    expect((await accounts(admin)).filter((a) => a.email === newcomer)).toMatchObject([{ role: "officer", admin_unit_id: "326", status: "pending" }]);

    // the account is created outside the browser (scripts/create-user.mjs on a hosted project)
    await sql`
      insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at,
                              updated_at, raw_app_meta_data, raw_user_meta_data)
      values (${randomUUID()}, 'authenticated', 'authenticated', ${newcomer}, ${PASSWORD_HASH}, now(), now(), now(),
              '{"provider":"email","providers":["email"]}', '{}')`;
    const person = await signedIn(newcomer);
    const before = await person.rpc("my_access");
    expect(before.data).toMatchObject({ roles: [] });
    const claimed = await person.rpc("claim_my_memberships");
    expect(claimed.data).toBe(1);
    const after = await person.rpc("my_access");
    expect(after.data).toMatchObject({ roles: [{ role: "officer", admin_unit_id: "326" }] });
    expect((after.data as { editable_unit_ids: string[] }).editable_unit_ids).toContain("326");
    const row = (await accounts(admin)).find((a) => a.email === newcomer);
    expect(row).toMatchObject({ status: "active" });

    const audit = await admin.from("admin_audit").select("op,row_id").eq("table_name", "memberships").eq("row_id", row!.id);
    expect(audit.data?.map((a) => a.op)).toEqual(expect.arrayContaining(["insert", "update"]));
  });

  it("is refused for the admin's own email, and the admin's own role cannot be revoked", async () => {
    const own = await admin.rpc("grant_role", { p_email: world.users.admin, p_role: "leader" });
    expect(own.error?.code).toBe("42501");
    expect(own.error?.message).toMatch(/chính mình/);
    const mine = (await accounts(admin)).find((a) => a.email === world.users.admin);
    expect(mine).toMatchObject({ is_self: true, role: "admin" });
    const revoke = await admin.rpc("revoke_role", { p_membership_id: mine!.id });
    expect(revoke.error?.code).toBe("42501");
    const direct = await admin.from("memberships").delete().eq("id", mine!.id).select("id");
    expect(direct.data).toEqual([]);
    expect((await accounts(admin)).find((a) => a.id === mine!.id)).toBeTruthy();
  });

  it("cannot be given by a leader, an officer or the public, and they see no accounts", async () => {
    const clients = [await signedIn(world.users.leader), await signedIn(world.users.officerVanGiang), anonClient()];
    for (const client of clients) {
      const { error } = await client.rpc("grant_role", { p_email: `x-${world.tag}@test.local`, p_role: "admin" });
      expect(error?.code).toBe("42501");
      const list = await client.rpc("admin_accounts");
      expect(list.data ?? []).toEqual([]);
    }
    const [counted] = await sql<{ n: number }[]>`select count(*)::int as n from public.memberships where email = ${`x-${world.tag}@test.local`}`;
    expect(counted?.n).toBe(0);
  });

  it("is revoked by deleting it, and the audit keeps it; leaders read the audit, the public does not", async () => {
    const granted = await admin.rpc("grant_role", { p_email: `tam-${world.tag}@test.local`, p_role: "leader" });
    const id = (granted.data as { id: string }).id;
    expect((await admin.rpc("revoke_role", { p_membership_id: id })).error).toBeNull();
    expect((await accounts(admin)).find((a) => a.id === id)).toBeUndefined();
    const leader = await signedIn(world.users.leader);
    const seen = await leader.from("admin_audit").select("op,before,after").eq("row_id", id).order("id");
    expect(seen.data?.map((r) => r.op)).toEqual(["insert", "delete"]);
    const anon = await anonClient().from("admin_audit").select("id").limit(1);
    expect(anon.data ?? []).toEqual([]);
  });
});
