// The public must never receive personal data or who changed a parcel, from any endpoint.
import { describe, it, expect, beforeAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, ownerIn, SECRET_OWNER, type World } from "./support/fixtures";
import { event, record } from "./support/events";

let world: World;
const NOTE = "Ông Trần Văn Kín đồng ý bàn giao";

beforeAll(async () => {
  world = await createWorld(2);
  const officer = await signedIn(world.users.officerVanGiang);
  await record(officer, [event(world.vanGiang[0]!, 1, { to_stage: "dialogue", note: NOTE })]);
});

/** Every read endpoint, as `client` sees it, as one JSON text. */
async function everything(client: SupabaseClient): Promise<string> {
  const parcel = world.vanGiang[0]!;
  const parts = await Promise.all([
    client.from("parcels").select("*"),
    client.from("parcel_private").select("*"),
    client.from("parcel_events").select("*"),
    client.from("memberships").select("*"),
    client.from("projects").select("*"),
    client.from("targets").select("*"),
    client.from("admin_units").select("id,name,level,parent_id"),
    client.from("app_info").select("*"),
    client.rpc("parcels_in_bbox", { min_lon: 100, min_lat: 15, max_lon: 110, max_lat: 25 }),
    client.rpc("parcel_history", { p_parcel_id: parcel }),
    client.rpc("changes_since", { p_cursor: 0 }),
    client.rpc("progress_summary", { group_by: "project" }),
    client.rpc("progress_as_of", { p_at: new Date().toISOString(), group_by: "admin_unit" }),
    client.rpc("target_progress"),
    client.from("infrastructure_entries").select("*"),
    client.rpc("my_access"),
  ]);
  return JSON.stringify(parts.map((p) => p.data ?? p.error));
}

describe("privacy", () => {
  it("anon receives no owner, household, amount, note, actor or email from any endpoint", async () => {
    const text = await everything(anonClient());
    expect(text).toContain(world.vanGiang[0]); // the parcel itself is public
    for (const secret of [SECRET_OWNER, "987654321", "12345678", NOTE, world.userIds.officerVanGiang, world.users.officerVanGiang, "owner_name", "compensation_vnd"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("an officer of another area sees no personal data or actors of this area", async () => {
    const text = await everything(await signedIn(world.users.officerVanLam));
    expect(text).toContain(ownerIn("325")); // its own area's data, to show the call could see some
    for (const secret of [ownerIn("326"), NOTE, world.users.officerVanGiang]) expect(text).not.toContain(secret);
  });

  it("the officer of the area and the leader see personal data, notes and actors", async () => {
    for (const who of [world.users.officerVanGiang, world.users.leader]) {
      const client = await signedIn(who);
      const { data: priv } = await client.from("parcel_private").select("parcel_id, owner_name").eq("parcel_id", world.vanGiang[0]!);
      expect(priv).toEqual([{ parcel_id: world.vanGiang[0], owner_name: ownerIn("326") }]);
      const { data: history } = await client.rpc("parcel_history", { p_parcel_id: world.vanGiang[0]! });
      expect(history[0]).toMatchObject({ note: NOTE, actor_email: world.users.officerVanGiang, to_stage: "dialogue" });
    }
  });

  it("the officer of Văn Giang sees no personal data of Văn Lâm", async () => {
    const client = await signedIn(world.users.officerVanGiang);
    const { data } = await client.from("parcel_private").select("parcel_id").in("parcel_id", world.vanLam);
    expect(data).toEqual([]);
  });

  it("nobody writes parcels, events or personal data directly", async () => {
    for (const client of [anonClient(), await signedIn(world.users.officerVanGiang), await signedIn(world.users.admin)]) {
      const id = world.vanGiang[1]!;
      await client.from("parcels").update({ stage: "handed_over" }).eq("id", id);
      await client.from("parcel_private").update({ owner_name: "x" }).eq("parcel_id", id);
      const ins = await client.from("parcel_events").insert({
        event_id: crypto.randomUUID(), parcel_id: id, from_stage: "not_started", to_stage: "handed_over",
        blocked: false, version: 2, occurred_at: new Date().toISOString(),
      });
      expect(ins.error).not.toBeNull();
    }
    const leader = await signedIn(world.users.leader);
    const { data } = await leader.from("parcels").select("stage, version").eq("id", world.vanGiang[1]!);
    expect(data).toEqual([{ stage: "not_started", version: 1 }]);
    const { data: priv } = await leader.from("parcel_private").select("owner_name").eq("parcel_id", world.vanGiang[1]!);
    expect(priv).toEqual([{ owner_name: ownerIn("326") }]);
  });

  it("no user can grant themselves a role", async () => {
    const nobody = await signedIn(world.users.nobody);
    const { error } = await nobody.from("memberships").insert({ user_id: world.userIds.nobody, role: "admin" });
    expect(error).not.toBeNull();
    const admin = await signedIn(world.users.admin);
    const self = await admin.from("memberships").insert({ user_id: world.userIds.admin, role: "leader" });
    expect(self.error).not.toBeNull();
    const { data } = await nobody.rpc("my_access");
    expect(data.roles).toEqual([]);
  });
});
