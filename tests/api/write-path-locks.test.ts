// Who takes row locks in record_parcel_events, and what a held lock does. Needs a real PostgreSQL
// server (lite's postgres driver): other transactions are held open through the postgres driver.
import { describe, it, expect } from "vitest";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, parcelState, sql } from "./support/fixtures";
import { event, record, type EventAnswer } from "./support/events";

/** A connection of its own with an open transaction, for holding locks across HTTP calls. */
async function openTransaction() {
  const tx = await sql.reserve();
  await tx`begin`;
  return {
    tx,
    async end(how: "commit" | "rollback") {
      await tx.unsafe(how);
      tx.release();
    },
  };
}

/** Resolves once some other backend waits for a lock (the call under test has read and queued). */
async function someoneWaitsForALock(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()`;
    if (row!.n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`nobody waited for a lock within ${timeoutMs} ms`);
}

describe("record_parcel_events: no lock for callers who may change nothing", () => {
  it("an officer's event applies while an anonymous batch of 5,000 events naming the same parcel runs", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const officer = await signedIn(w.users.officerVanGiang);
    const anonBatch = Array.from({ length: 5000 }, () => event(id, 1, { to_stage: "dialogue" }));
    const anonCall = record(anonClient(), anonBatch);
    const [answer] = await record(officer, [event(id, 1, { to_stage: "dialogue" })]);
    expect(answer).toMatchObject({ status: "applied", version: 2 });
    const anonAnswers = await anonCall;
    expect(anonAnswers).toHaveLength(5000);
    expect(anonAnswers.every((a) => a.status === "denied" && a.code === "not_officer")).toBe(true);
    expect(await parcelState(id)).toMatchObject({ stage: "dialogue", version: 2, events: 1 });
  });

  it("an anonymous call holds no lock: the officer applies while its transaction is still open", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const officer = await signedIn(w.users.officerVanGiang);
    const held = await openTransaction();
    try {
      await held.tx`set local role anon`;
      const anonBatch = Array.from({ length: 5000 }, () => event(id, 1, { note: "không có quyền" }));
      const [row] = await held.tx<{ answers: EventAnswer[] }[]>`
        select public.record_parcel_events(${JSON.stringify(anonBatch)}::jsonb) as answers`;
      expect(row!.answers.every((a) => a.status === "denied")).toBe(true);
      // were the parcel locked by that transaction, this would wait for lock_timeout and be busy
      const started = Date.now();
      const [answer] = await record(officer, [event(id, 1, { to_stage: "dialogue" })]);
      expect(answer).toMatchObject({ status: "applied", version: 2 });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await held.end("rollback");
    }
  });

  it("nor does a signed-in user without a role, nor an officer of another area", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const officer = await signedIn(w.users.officerVanGiang);
    for (const email of [w.users.nobody, w.users.officerVanLam]) {
      const held = await openTransaction();
      try {
        const [user] = await sql<{ id: string }[]>`select id from auth.users where email = ${email}`;
        await held.tx`select set_config('request.jwt.claim.sub', ${user!.id}, true),
                             set_config('request.jwt.claims', ${JSON.stringify({ sub: user!.id, role: "authenticated" })}, true)`;
        await held.tx`set local role authenticated`;
        const [row] = await held.tx<{ answers: EventAnswer[] }[]>`
          select public.record_parcel_events(${JSON.stringify([event(id, 1, { note: "x" })])}::jsonb) as answers`;
        expect(row!.answers[0]!.status).toBe("denied");
        const current = (await parcelState(id)).version;
        const [answer] = await record(officer, [event(id, current, { note: `sau ${email}` })]);
        expect(answer!.status).toBe("applied");
      } finally {
        await held.end("rollback");
      }
    }
  });
});

describe("record_parcel_events: a held lock", () => {
  it("answers busy for the parcel another transaction keeps locked past lock_timeout; the others apply", async () => {
    const w = await createWorld(3);
    const [lockedId, freeA, freeB] = w.vanGiang as [string, string, string];
    const officer = await signedIn(w.users.officerVanGiang);
    const held = await openTransaction();
    try {
      await held.tx`select id from public.parcels where id = ${lockedId} for update`;
      const batch = [
        event(freeA, 1, { to_stage: "dialogue" }),
        event(lockedId, 1, { to_stage: "dialogue" }),
        event(freeB, 1, { note: "Đã họp" }),
        event(lockedId, 2, { to_stage: "notice" }),
      ];
      const started = Date.now();
      const answers = await record(officer, batch);
      const waited = Date.now() - started;
      expect(answers.map((a) => `${a.status}/${a.code}`)).toEqual([
        "applied/applied", "conflict/busy", "applied/applied", "conflict/busy",
      ]);
      expect(answers[1]!.message).toMatch(/đang được cập nhật đồng thời/);
      expect(waited).toBeGreaterThanOrEqual(1900);
      expect(waited).toBeLessThan(10_000);
    } finally {
      await held.end("rollback");
    }
    expect(await parcelState(lockedId)).toMatchObject({ version: 1, events: 0 });
    expect(await parcelState(freeA)).toMatchObject({ stage: "dialogue", version: 2, events: 1 });
    expect(await parcelState(freeB)).toMatchObject({ version: 2, events: 1 });
  });

  it("waits for a lock released within lock_timeout, then decides on what the other transaction left", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const officer = await signedIn(w.users.officerVanGiang);
    const held = await openTransaction();
    let call: Promise<EventAnswer[]>;
    try {
      await held.tx`update public.parcels set version = version + 1 where id = ${id}`;
      call = record(officer, [event(id, 1, { to_stage: "dialogue" }), event(id, 2, { to_stage: "dialogue" })]);
      await someoneWaitsForALock(1500);
    } finally {
      await held.end("commit");
    }
    const answers = await call;
    expect(answers.map((a) => `${a.status}/${a.code}`)).toEqual(["conflict/stale_version", "applied/applied"]);
    expect(await parcelState(id)).toMatchObject({ stage: "dialogue", version: 3 });
  });

  it("checks the area again under the lock: a parcel moved out of it meanwhile is denied", async () => {
    const w = await createWorld(1);
    const id = w.vanGiang[0]!;
    const officer = await signedIn(w.users.officerVanGiang);
    const held = await openTransaction();
    let call: Promise<EventAnswer[]>;
    try {
      // the move is not committed yet: the unlocked read still sees the parcel in Văn Giang
      await held.tx`update public.parcels set admin_unit_id = '325', parcel_no = parcel_no || '-VL' where id = ${id}`;
      call = record(officer, [event(id, 1, { to_stage: "dialogue" })]);
      await someoneWaitsForALock(1500);
    } finally {
      await held.end("commit");
    }
    const [answer] = await call;
    expect(answer).toMatchObject({ status: "denied", code: "outside_area", version: 1 });
    expect(await parcelState(id)).toMatchObject({ stage: "not_started", version: 1, events: 0 });
    // back where the other test files expect the fixtures' parcels (its personal data is Văn Giang's)
    await sql`update public.parcels set admin_unit_id = '326', parcel_no = replace(parcel_no, '-VL', '') where id = ${id}`;
  });

  it("a progress total another transaction keeps locked makes the batch busy, not an error", async () => {
    const w = await createWorld(2);
    const officer = await signedIn(w.users.officerVanGiang);
    const held = await openTransaction();
    try {
      // the totals row that moving these parcels to 'dialogue' adds to
      await held.tx`
        insert into private.progress_totals (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
        values (${w.projectId}, '326', 'dialogue', false, 0, 0)
        on conflict (project_id, admin_unit_id, stage, blocked) do update set parcels = private.progress_totals.parcels`;
      const answers = await record(officer, w.vanGiang.map((id) => event(id, 1, { to_stage: "dialogue" })));
      expect(answers.map((a) => `${a.status}/${a.code}`)).toEqual(["conflict/busy", "conflict/busy"]);
    } finally {
      await held.end("rollback");
    }
    for (const id of w.vanGiang) expect(await parcelState(id)).toMatchObject({ version: 1, events: 0 });
  });

  it("an id another call records meanwhile on another parcel is answered event_id_reused, the rest apply", async () => {
    const w = await createWorld(2);
    const officer = await signedIn(w.users.officerVanGiang);
    const [a, b] = w.vanGiang as [string, string];
    const first = event(a, 1, { note: "Lần đầu" });
    const held = await openTransaction();
    let call: Promise<EventAnswer[]>;
    try {
      await held.tx`select set_config('request.jwt.claim.sub', ${w.userIds.officerVanGiang}, true)`;
      await held.tx`set local role authenticated`;
      await held.tx`select public.record_parcel_events(${JSON.stringify([first])}::jsonb)`;
      // not committed: this call cannot see the id yet, and waits on it when it writes
      // (decided together, the second event would be stale behind the first; decided again alone,
      // once the first is known to be a reused id, it applies)
      call = record(officer, [{ ...first, parcel_id: b }, event(b, 1, { note: "Sau đó" })]);
      await someoneWaitsForALock(1500);
    } finally {
      await held.end("commit");
    }
    const answers = await call;
    expect(answers.map((x) => `${x.status}/${x.code}`)).toEqual(["invalid/event_id_reused", "applied/applied"]);
    expect(await parcelState(a)).toMatchObject({ version: 2, events: 1 });
    expect(await parcelState(b)).toMatchObject({ version: 2, events: 1 });
  });
});
