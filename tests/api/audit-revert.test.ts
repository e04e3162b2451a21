// Revert and audit through the HTTP API with real users' JWTs: the device and the undo link kept
// with each event, a leader's revert of an officer's window (dry run, then for real, retried and
// raced with the same request id), and who may read which audit.
import { describe, it, expect, beforeAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, parcelState, sql, type World } from "./support/fixtures";
import { event, record } from "./support/events";

interface RevertRow {
  parcel_id: string;
  status: "reverted" | "skipped" | "unchanged";
  detail: string | null;
  reversed_events: number;
  to_stage: string;
  changed_by: string[];
  compensating_event_id: string | null;
  revert_id: string | null;
  dry_run: boolean;
}

interface AuditRow {
  event_id: string;
  actor_email: string | null;
  device_id: string | null;
  before_stage: string;
  after_stage: string;
  reverts_event_id: string | null;
  reverted_by: string[];
  revert_reason: string | null;
  recorded_at: string;
}

let world: World;
let officer: SupabaseClient;
let otherOfficer: SupabaseClient;
let leader: SupabaseClient;
let from: string;
let to: string;
const firstIds: string[] = [];

function revert(client: SupabaseClient, requestId: string, dryRun: boolean, reason = "Ghi nhầm từ sổ tay") {
  return client.rpc("revert_user_changes", {
    p_request_id: requestId, p_user: world.userIds.officerVanGiang, p_from: from, p_to: to, p_reason: reason, p_dry_run: dryRun,
  });
}

async function rows<T>(request: PromiseLike<{ data: unknown; error: { message: string } | null }>): Promise<T[]> {
  const { data, error } = await request;
  if (error) throw new Error(error.message);
  return data as T[];
}

beforeAll(async () => {
  world = await createWorld(3);
  [officer, otherOfficer, leader] = await Promise.all([
    signedIn(world.users.officerVanGiang), signedIn(world.users.officerVanLam), signedIn(world.users.leader),
  ]);
  from = new Date(Date.now() - 60_000).toISOString();
  const [a, b, c] = world.vanGiang as [string, string, string];
  const first = [event(a, 1, { to_stage: "dialogue", device_id: "phone-vg" }), event(b, 1, { to_stage: "dialogue", device_id: "phone-vg" })];
  firstIds.push(...first.map((e) => e.event_id));
  const answers = await record(officer, [...first, event(a, 2, { to_stage: "notice", device_id: "phone-vg" }),
                                         event(c, 1, { note: "Đã rà soát", device_id: "phone-vg" })]);
  expect(answers.map((x) => x.status)).toEqual(["applied", "applied", "applied", "applied"]);
  // someone else changes parcel b afterwards: the revert must leave it alone
  await sql`insert into public.memberships (user_id, role, admin_unit_id) values (${world.userIds.admin}, 'officer', '33')`;
  const admin = await signedIn(world.users.admin);
  expect((await record(admin, [event(b, 2, { note: "Đã làm việc với chủ hộ" })]))[0]?.status).toBe("applied");
  to = new Date(Date.now() + 60_000).toISOString();
});

describe("event origins", () => {
  it("keeps the device and the undo link, and a retry of the undo is a duplicate", async () => {
    const [c] = world.vanGiang.slice(2) as [string];
    const undo = event(c, 2, { to_stage: "not_started", reverts_event_id: firstIds[0], device_id: "phone-vg" });
    expect((await record(officer, [undo]))[0]).toMatchObject({ status: "invalid", code: "bad_reverts" });
    const bad = event(c, 2, { note: "x", device_id: "" });
    expect((await record(officer, [bad]))[0]).toMatchObject({ status: "invalid", code: "bad_device_id" });
    const audit = await rows<AuditRow>(officer.rpc("audit_parcel", { p_parcel_id: c }));
    expect(audit).toMatchObject([{ device_id: "phone-vg", after_stage: "not_started", actor_email: world.users.officerVanGiang }]);
  });

  it("shows the public neither devices nor links", async () => {
    const { data } = await anonClient().from("parcel_events").select("device_id,reverts_event_id").limit(5);
    expect(data ?? []).toEqual([]);
  });
});

describe("revert_user_changes", () => {
  it("is refused to officers and the public", async () => {
    expect((await revert(officer, randomUUID(), true)).error?.code).toBe("42501");
    expect((await revert(anonClient(), randomUUID(), true)).error).not.toBeNull();
  });

  it("asks for a reason, in Vietnamese", async () => {
    const { error } = await revert(leader, randomUUID(), true, "  ");
    expect(error?.message).toBe("Cần nêu lý do hoàn tác.");
  });

  it("shows a dry run, then reverts; a retry and a race with the same request id change nothing more", async () => {
    const [a, b, c] = world.vanGiang as [string, string, string];
    const dry = await rows<RevertRow>(revert(leader, randomUUID(), true));
    const byParcel = new Map(dry.map((r) => [r.parcel_id, r]));
    expect(byParcel.get(a)).toMatchObject({ status: "reverted", reversed_events: 2, to_stage: "not_started", dry_run: true });
    expect(byParcel.get(b)).toMatchObject({ status: "skipped", detail: "changed_by_others", changed_by: [world.users.admin] });
    expect(byParcel.get(c)).toMatchObject({ status: "unchanged" });
    expect(await parcelState(a)).toMatchObject({ stage: "notice", version: 3 });

    const request = randomUUID();
    const [one, two] = await Promise.all([rows<RevertRow>(revert(leader, request, false)), rows<RevertRow>(revert(leader, request, false))]);
    const reverted = one.find((r) => r.parcel_id === a)!;
    expect(reverted).toMatchObject({ status: "reverted", dry_run: false });
    expect(two.find((r) => r.parcel_id === a)).toMatchObject({
      compensating_event_id: reverted.compensating_event_id, revert_id: reverted.revert_id,
    });
    const again = await rows<RevertRow>(revert(leader, request, false));
    expect(again.find((r) => r.parcel_id === a)?.compensating_event_id).toBe(reverted.compensating_event_id);
    expect(await parcelState(a)).toMatchObject({ stage: "not_started", version: 4, events: 3 });
    expect(await parcelState(b)).toMatchObject({ stage: "dialogue", version: 3 });

    const audit = await rows<AuditRow>(officer.rpc("audit_parcel", { p_parcel_id: a }));
    expect(audit[0]).toMatchObject({
      event_id: reverted.compensating_event_id, actor_email: world.users.leader, reverts_event_id: firstIds[0],
      revert_reason: "Ghi nhầm từ sổ tay", before_stage: "notice", after_stage: "not_started",
    });
    expect(audit.slice(1).every((r) => r.reverted_by.includes(reverted.compensating_event_id!))).toBe(true);
  });
});

describe("audits", () => {
  it("lets an officer read their area's parcels and their own changes, and nobody else's elsewhere", async () => {
    const [a] = world.vanGiang as [string];
    const denied = await otherOfficer.rpc("audit_parcel", { p_parcel_id: a });
    expect(denied.error?.code).toBe("42501");
    expect((await anonClient().rpc("audit_parcel", { p_parcel_id: a })).error).not.toBeNull();
    const own = await rows<AuditRow>(officer.rpc("audit_user", { p_user: null, p_from: from, p_to: new Date(Date.now() + 60_000).toISOString() }));
    expect(own.length).toBe(4);
    expect(own.every((r) => r.actor_email === world.users.officerVanGiang)).toBe(true);
    const others = await rows<AuditRow>(otherOfficer.rpc("audit_user", { p_user: world.userIds.officerVanGiang, p_from: from, p_to: to }));
    expect(others).toEqual([]);
  });

  it("gives leaders the day's changes per area", async () => {
    const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const summary = await rows<{ admin_unit_id: string; events: number; reverts: number; users: number }>(
      leader.rpc("daily_changes", { p_day: day }));
    const vanGiang = summary.find((r) => r.admin_unit_id === "326");
    expect(vanGiang?.events).toBeGreaterThanOrEqual(6);
    expect(vanGiang?.reverts).toBeGreaterThanOrEqual(1);
    expect((await otherOfficer.rpc("daily_changes", { p_day: day })).data).not.toContainEqual(expect.objectContaining({ admin_unit_id: "326" }));
  });
});
