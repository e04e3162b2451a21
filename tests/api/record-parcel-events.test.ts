import { describe, it, expect, beforeAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn, rawRpc } from "./support/clients";
import { createWorld, parcelState, sql, type World } from "./support/fixtures";
import { event, record } from "./support/events";

let world: World;
let officer: SupabaseClient;

beforeAll(async () => {
  world = await createWorld(6);
  officer = await signedIn(world.users.officerVanGiang);
});

describe("record_parcel_events: each status", () => {
  it("applies a next-stage move, writes one event and bumps the version", async () => {
    const id = world.vanGiang[0]!;
    const [answer] = await record(officer, [event(id, 1, { to_stage: "dialogue" })]);
    expect(answer).toMatchObject({ status: "applied", version: 2 });
    expect(await parcelState(id)).toEqual({ stage: "dialogue", version: 2, blocked: false, events: 1 });
  });

  it("answers a retried event 'duplicate' and changes nothing, even after others changed the parcel", async () => {
    const id = world.vanGiang[1]!;
    const first = event(id, 1, { to_stage: "dialogue" });
    expect((await record(officer, [first]))[0]).toMatchObject({ status: "applied", version: 2 });
    expect((await record(officer, [event(id, 2, { to_stage: "notice" })]))[0]!.status).toBe("applied");
    const [retry] = await record(officer, [first]);
    expect(retry).toMatchObject({ event_id: first.event_id, status: "duplicate", version: 3 });
    expect(await parcelState(id)).toEqual({ stage: "notice", version: 3, blocked: false, events: 2 });
  });

  it("answers a stale expected_version 'conflict' with the current version", async () => {
    const id = world.vanGiang[2]!;
    await record(officer, [event(id, 1, { to_stage: "dialogue" })]);
    const [answer] = await record(officer, [event(id, 1, { to_stage: "notice" })]);
    expect(answer).toMatchObject({ status: "conflict", version: 2, code: "stale_version" });
    expect((await parcelState(id)).stage).toBe("dialogue");
  });

  it("denies anon, a user without role, a leader, an admin and an officer outside the area", async () => {
    const id = world.vanGiang[3]!;
    const callers = [
      anonClient(),
      await signedIn(world.users.nobody),
      await signedIn(world.users.leader),
      await signedIn(world.users.admin),
      await signedIn(world.users.officerVanLam),
    ];
    for (const client of callers) {
      const [answer] = await record(client, [event(id, 1, { to_stage: "dialogue" })]);
      expect(answer!.status).toBe("denied");
      expect(answer!.version).toBe(1);
    }
    expect(await parcelState(id)).toEqual({ stage: "not_started", version: 1, blocked: false, events: 0 });
  });

  it("requires a note to skip stages or move back, and applies them with one", async () => {
    const id = world.vanGiang[4]!;
    const [skip] = await record(officer, [event(id, 1, { to_stage: "inventory" })]);
    expect(skip).toMatchObject({ status: "invalid", code: "skip_without_note", version: 1 });
    const [skipNoted] = await record(officer, [event(id, 1, { to_stage: "inventory", note: "Đã kiểm đếm cùng đợt" })]);
    expect(skipNoted).toMatchObject({ status: "applied", version: 2 });
    const [back] = await record(officer, [event(id, 2, { to_stage: "dialogue" })]);
    expect(back).toMatchObject({ status: "invalid", code: "backward_without_note" });
    const [backNoted] = await record(officer, [event(id, 2, { to_stage: "dialogue", note: "Nhập nhầm, sửa lại" })]);
    expect(backNoted).toMatchObject({ status: "applied", version: 3 });
    expect(await parcelState(id)).toMatchObject({ stage: "dialogue", version: 3, events: 2 });
  });

  it("sets and clears a blocker", async () => {
    const id = world.vanGiang[5]!;
    const blocker = { reason: "Tranh chấp nguồn gốc đất", responsible: "UBND xã Mễ Sở" };
    expect((await record(officer, [event(id, 1, { blocker })]))[0]!.status).toBe("applied");
    const [row] = await sql`select blocked, blocker_reason, blocker_responsible from public.parcels where id = ${id}`;
    expect(row).toEqual({ blocked: true, blocker_reason: blocker.reason, blocker_responsible: blocker.responsible });
    expect((await record(officer, [event(id, 2, { blocker: null })]))[0]!.status).toBe("applied");
    expect(await parcelState(id)).toMatchObject({ blocked: false, version: 3 });
  });
});

describe("record_parcel_events: event ids and dates", () => {
  it("answers the same id with another payload invalid/event_id_reused, not duplicate", async () => {
    const w = await createWorld(2);
    const client = await signedIn(w.users.officerVanGiang);
    const first = event(w.vanGiang[0]!, 1, { to_stage: "dialogue", note: "Họp dân" });
    expect((await record(client, [first]))[0]!.status).toBe("applied");
    const [same] = await record(client, [{ note: "Họp dân", ...first }]);
    expect(same).toMatchObject({ status: "duplicate", code: "duplicate", version: 2 });
    const [otherNote] = await record(client, [{ ...first, note: "Họp dân lần 2" }]);
    expect(otherNote).toMatchObject({ event_id: first.event_id, status: "invalid", code: "event_id_reused", version: null });
    const [otherParcel] = await record(client, [{ ...first, parcel_id: w.vanGiang[1]! }]);
    expect(otherParcel).toMatchObject({ status: "invalid", code: "event_id_reused" });
    expect(await parcelState(w.vanGiang[0]!)).toMatchObject({ version: 2, events: 1 });
    expect(await parcelState(w.vanGiang[1]!)).toMatchObject({ version: 1, events: 0 });
  });

  it("refuses an event dated before the parcel's latest event, naming that date", async () => {
    const w = await createWorld(1);
    const client = await signedIn(w.users.officerVanGiang);
    const id = w.vanGiang[0]!;
    const [posted] = await record(client, [event(id, 1, { to_stage: "dialogue", occurred_at: "2026-11-20T23:59:59+07:00" })]);
    expect(posted!.status).toBe("applied");
    const [earlier] = await record(client, [event(id, 2, { to_stage: "notice", occurred_at: "2026-11-19T23:59:59+07:00" })]);
    expect(earlier).toMatchObject({ status: "invalid", code: "occurred_before_previous", version: 2 });
    expect(earlier!.message).toContain("19/11/2026");
    expect(earlier!.message).toContain("20/11/2026");
    const [sameDay] = await record(client, [event(id, 2, { to_stage: "notice", occurred_at: "2026-11-20T23:59:59+07:00" })]);
    expect(sameDay!.status).toBe("applied");
    const [today] = await record(client, [event(id, 3, { to_stage: "inventory" })]);
    expect(today!.status).toBe("applied");
    const [rows] = await sql<{ n: number }[]>`
      select count(*)::int as n from public.parcel_events where parcel_id = ${id} and occurred_at > now()`;
    expect(rows!.n).toBe(0);
  });
});

describe("record_parcel_events: malformed events are 'invalid' and write nothing", () => {
  const cases: [string, (parcel: string) => unknown, string][] = [
    ["not an object", () => 42, "not_object"],
    ["missing event_id", (p) => ({ parcel_id: p, expected_version: 1, to_stage: "dialogue" }), "bad_event_id"],
    ["event_id not a uuid", (p) => ({ ...event(p, 1, { to_stage: "dialogue" }), event_id: "abc" }), "bad_event_id"],
    ["parcel_id a number", () => ({ ...event("x", 1, { to_stage: "dialogue" }), parcel_id: 7 }), "bad_parcel_id"],
    ["expected_version a string", (p) => event(p, "1" as unknown as number, { to_stage: "dialogue" }), "bad_expected_version"],
    ["expected_version fractional", (p) => event(p, 1.5, { to_stage: "dialogue" }), "bad_expected_version"],
    ["unknown stage", (p) => event(p, 1, { to_stage: "done" }), "unknown_stage"],
    ["blocker without responsible", (p) => event(p, 1, { blocker: { reason: "x" } }), "bad_blocker"],
    ["note a number", (p) => event(p, 1, { note: 5 }), "bad_note"],
    ["occurred_at in the future", (p) => event(p, 1, { to_stage: "dialogue", occurred_at: "2999-01-01T00:00:00Z" }), "future_occurred_at"],
    ["occurred_at not a date", (p) => event(p, 1, { to_stage: "dialogue", occurred_at: "hôm qua" }), "bad_occurred_at"],
    ["unknown field", (p) => event(p, 1, { toStage: "dialogue" }), "unknown_field"],
    ["nothing to change", (p) => event(p, 1), "empty_event"],
    ["unknown parcel", () => event("00000000-0000-4000-8000-000000000000", 1, { to_stage: "dialogue" }), "unknown_parcel"],
  ];
  for (const [name, build, code] of cases) {
    it(name, async () => {
      const id = world.vanGiang[0]!;
      const before = await parcelState(id);
      const [answer] = await record(officer, [build(id)]);
      expect(answer).toMatchObject({ status: "invalid", code });
      expect(answer!.message.length).toBeGreaterThan(10);
      expect(await parcelState(id)).toEqual(before);
    });
  }
});

describe("record_parcel_events: batches", () => {
  it("answers in input order and applies exactly the good events of a mixed batch", async () => {
    const w = await createWorld(3);
    const client = await signedIn(w.users.officerVanGiang);
    const batch = [
      event(w.vanGiang[0]!, 1, { to_stage: "dialogue" }),
      event(w.vanGiang[1]!, 1, { to_stage: "nowhere" }),
      event(w.vanLam[0]!, 1, { to_stage: "dialogue" }),
      event(w.vanGiang[1]!, 7, { to_stage: "dialogue" }),
      event(w.vanGiang[2]!, 1, { to_stage: "dialogue", note: "ok" }),
    ];
    const answers = await record(client, batch);
    expect(answers.map((a) => a.event_id)).toEqual(batch.map((e) => e.event_id));
    expect(answers.map((a) => a.status)).toEqual(["applied", "invalid", "denied", "conflict", "applied"]);
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from public.parcel_events where parcel_id = any(${[...w.vanGiang, ...w.vanLam]})`;
    expect(row?.n).toBe(2);
  });

  it("is idempotent: sending the same batch again answers every event 'duplicate'", async () => {
    const w = await createWorld(3);
    const client = await signedIn(w.users.officerVanLam);
    const batch = w.vanLam.map((id) => event(id, 1, { to_stage: "dialogue" }));
    expect((await record(client, batch)).map((a) => a.status)).toEqual(["applied", "applied", "applied"]);
    const again = await record(client, batch);
    expect(again.map((a) => [a.status, a.version])).toEqual([["duplicate", 2], ["duplicate", 2], ["duplicate", 2]]);
    for (const id of w.vanLam) expect(await parcelState(id)).toMatchObject({ version: 2, events: 1 });
  });

  it("the same event twice in one batch is applied once", async () => {
    const w = await createWorld(1);
    const client = await signedIn(w.users.officerVanGiang);
    const e = event(w.vanGiang[0]!, 1, { to_stage: "dialogue" });
    expect((await record(client, [e, e])).map((a) => a.status)).toEqual(["applied", "duplicate"]);
    expect(await parcelState(w.vanGiang[0]!)).toMatchObject({ version: 2, events: 1 });
  });

  it("refuses an oversize batch with a clear error and writes nothing", async () => {
    const w = await createWorld(1);
    const client = await signedIn(w.users.officerVanGiang);
    const batch = Array.from({ length: 5001 }, () => event(w.vanGiang[0]!, 1, { note: "x" }));
    const { data, error } = await client.rpc("record_parcel_events", { events: batch });
    expect(data).toBeNull();
    expect(error?.message).toMatch(/5\.000/);
    expect(await parcelState(w.vanGiang[0]!)).toMatchObject({ version: 1, events: 0 });
  });

  it("refuses a non-array, an empty batch and malformed JSON with clear messages", async () => {
    const notArray = await rawRpc("record_parcel_events", JSON.stringify({ events: { a: 1 } }));
    expect(notArray.status).toBe(400);
    expect((notArray.json as { message: string }).message).toMatch(/mảng JSON/);
    const empty = await rawRpc("record_parcel_events", JSON.stringify({ events: [] }));
    expect((empty.json as { message: string }).message).toMatch(/trống/);
    const broken = await rawRpc("record_parcel_events", '{"events": [');
    expect(broken.status).toBe(400);
    expect((broken.json as { message: string }).message).toBeTruthy();
  });
});
