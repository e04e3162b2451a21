// Importing an officer's "Export unsent changes" file through the HTTP API with real JWTs: the
// device key fetched by the officer, a file signed in Node exactly as the browser signs it, the
// admin's dry run and import (in the officer's name), retries, and every refusal.
import { describe, it, expect, beforeAll } from "vitest";
import { createHmac, randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, parcelState, sql, type World } from "./support/fixtures";
import { event, record } from "./support/events";

interface ImportAnswer {
  import_id: string;
  dry_run: boolean;
  user_email: string;
  device_id: string;
  counts: Record<string, number>;
  events: { event_id: string; parcel_id: string; map_sheet: string | null; parcel_no: string | null; status: string; code: string }[];
}

let world: World;
let officer: SupabaseClient;
let admin: SupabaseClient;
let leader: SupabaseClient;
let key: string;
const DEVICE = `phone-${randomUUID().slice(0, 8)}`;

function entry(ev: Record<string, unknown>, seq: number, state = "pending", userId = world.userIds.officerVanGiang) {
  return { event: ev, state, seq, batch_id: null, user_id: userId, created_at: new Date().toISOString(), attempts: 2,
           answer: null, dropped_at: null, replaces: null };
}

/** A file as the outbox exports it, signed with `signingKey`. */
function file(events: unknown[], signingKey: string | null = key) {
  const payload = JSON.stringify({ user_id: world.userIds.officerVanGiang, device_id: DEVICE,
                                   exported_at: new Date().toISOString(), events });
  const signature = signingKey ? createHmac("sha256", Buffer.from(signingKey, "hex")).update(payload, "utf8").digest("hex") : null;
  return { format: "gpmb-outbox/2", payload, signature, files: [] };
}

function importFile(client: SupabaseClient, importId: string, body: unknown, dryRun: boolean) {
  return client.rpc("import_outbox_file", { p_import_id: importId, p_file: body, p_reason: "Điện thoại hỏng", p_dry_run: dryRun });
}

async function answer(request: PromiseLike<{ data: unknown; error: { message: string } | null }>): Promise<ImportAnswer> {
  const { data, error } = await request;
  if (error) throw new Error(error.message);
  return data as ImportAnswer;
}

beforeAll(async () => {
  world = await createWorld(2);
  [officer, admin, leader] = await Promise.all([
    signedIn(world.users.officerVanGiang), signedIn(world.users.admin), signedIn(world.users.leader),
  ]);
  const { data, error } = await officer.rpc("outbox_device_key", { p_device_id: DEVICE });
  if (error) throw new Error(error.message);
  key = data as string;
});

describe("device keys", () => {
  it("gives a signed-in user a stable 64-hex key per device, and the public none", async () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await officer.rpc("outbox_device_key", { p_device_id: DEVICE })).data).toBe(key);
    expect((await officer.rpc("outbox_device_key", { p_device_id: `${DEVICE}-b` })).data).not.toBe(key);
    const { error } = await anonClient().rpc("outbox_device_key", { p_device_id: DEVICE });
    expect(error).not.toBeNull();
  });
});

describe("import_outbox_file", () => {
  it("applies the officer's changes in their name after a dry run that changes nothing, once only", async () => {
    const [a, b] = world.vanGiang as [string, string];
    const [lam] = world.vanLam as [string];
    const first = event(a, 1, { to_stage: "dialogue", device_id: DEVICE });
    const body = file([
      entry(event(a, 2, { to_stage: "notice", device_id: DEVICE }), 2),
      entry(first, 1),
      entry(event(b, 1, { note: "Đã làm việc với chủ hộ" }), 3, "dropped"),
      entry(event(lam, 1, { note: "Ngoài địa bàn" }), 4),
    ]);
    const importId = randomUUID();

    const dry = await answer(importFile(admin, importId, body, true));
    expect(dry.dry_run).toBe(true);
    expect(dry.events.map((e) => e.status)).toEqual(["applied", "applied", "dropped", "denied"]);
    expect(dry.events[0]).toMatchObject({ event_id: first.event_id, map_sheet: "7", parcel_no: "100" });
    expect(await parcelState(a)).toMatchObject({ stage: "not_started", version: 1, events: 0 });

    const done = await answer(importFile(admin, importId, body, false));
    expect({ ...done, dry_run: true }).toEqual(dry);
    expect(done.counts).toMatchObject({ applied: 2, dropped: 1, denied: 1 });
    expect(await parcelState(a)).toMatchObject({ stage: "notice", version: 3, events: 2 });
    expect(await parcelState(b)).toMatchObject({ stage: "not_started", events: 0 });
    const rows = await sql`select actor, device_id from public.parcel_events where parcel_id = ${a} order by version`;
    expect(rows).toEqual([{ actor: world.userIds.officerVanGiang, device_id: DEVICE }, { actor: world.userIds.officerVanGiang, device_id: DEVICE }]);

    // a retry after a lost answer, twice at once: the same answer, nothing written again
    const retries = await Promise.all([answer(importFile(admin, importId, body, false)), answer(importFile(admin, importId, body, false))]);
    expect(retries).toEqual([done, done]);
    // the same file under a new id, and the phone sending at last: duplicates
    const again = await answer(importFile(admin, randomUUID(), body, false));
    expect(again.events.map((e) => e.status)).toEqual(["duplicate", "duplicate", "dropped", "denied"]);
    expect((await record(officer, [first]))[0]?.status).toBe("duplicate");
    expect(await parcelState(a)).toMatchObject({ version: 3, events: 2 });

    const { data: list, error } = await leader.rpc("outbox_imports");
    expect(error).toBeNull();
    const mine = (list as { import_id: string; user_email: string; counts: Record<string, number> }[]).filter((r) => r.import_id === importId);
    expect(mine).toEqual([expect.objectContaining({ user_email: world.users.officerVanGiang, counts: done.counts })]);
  });

  it("refuses a non-admin, an unsigned, a tampered and a forged file, writing nothing", async () => {
    const [, b] = world.vanGiang as [string, string];
    const body = file([entry(event(b, 1, { to_stage: "dialogue" }), 1)]);
    const before = await parcelState(b);
    const refused = async (client: SupabaseClient, f: unknown, message: RegExp) => {
      const { error } = await importFile(client, randomUUID(), f, false);
      expect(error?.message).toMatch(message);
    };
    await refused(officer, body, /Chỉ quản trị viên/);
    await refused(leader, body, /Chỉ quản trị viên/);
    await refused(admin, file([entry(event(b, 1, { to_stage: "dialogue" }), 1)], null), /không có chữ ký/);
    await refused(admin, { ...body, payload: body.payload.replace("dialogue", "handed_over") }, /Chữ ký của tệp không khớp/);
    await refused(admin, file([entry(event(b, 1, { to_stage: "dialogue" }), 1)], "ab".repeat(32)), /Chữ ký của tệp không khớp/);
    await refused(admin, { format: "gpmb-outbox/1", events: [] }, /định dạng cũ/);
    expect(await parcelState(b)).toEqual(before);
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from public.outbox_imports where user_id = ${world.userIds.officerVanGiang} and payload_sha256 = encode(sha256(convert_to(${body.payload}, 'UTF8')), 'hex')`;
    expect(row?.n).toBe(0);
    const { error } = await officer.rpc("outbox_imports");
    expect(error?.message).toMatch(/Chỉ lãnh đạo hoặc quản trị viên/);
  });
});
