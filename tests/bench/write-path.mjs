// The write path of `npm run bench:db` (issue #12): record_parcel_events next to floors measured
// in the same run, on the same database.
// - applied events: one call of 1,000 or 5,000 events by an officer, over HTTP (supabase-js →
//   lite → PostgreSQL) and through the postgres driver ("SQL only"); the floor is one plain
//   transaction through the same driver that updates as many parcels the same way and inserts as
//   many parcel_events rows. Target: ≤ 3× the floor.
// - an anonymous call of 5,000 events, well-formed and malformed, answered without a lock.
//   Target: ≤ 100 ms on the server (SQL only).
// - beside both, what HTTP itself costs for a body of that size (bench_echo returns its argument),
//   and, for 1,000 events, the design this one replaced (a subtransaction and a re-concatenated
//   answer per event), installed under bench_old from its migration, on the same database.
// Each measurement takes fresh parcels; the runs rotate which measurement goes first. Every event
// sets a blocker on a parcel without one or lifts it from one that has one, so each write moves
// the parcel between progress totals, as the floor's does.
import { randomUUID } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { loadavg, cpus } from "node:os";

const REASON = "Khiếu nại về đơn giá bồi thường";
const RESPONSIBLE = "UBND xã";
const OLD_MIGRATION = "supabase/migrations/20261128090200_parcel_events_api.sql";

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const ms = (v) => (v == null ? "—".padStart(10) : `${v.toFixed(1).padStart(7)} ms`);

/**
 * CPU time the server process of a transaction spends (Linux schedstat, in ms), or null where it
 * cannot be read. Wall time on a shared machine includes waiting for a core; this does not.
 */
async function serverCpu(tx) {
  const [{ pid }] = await tx`select pg_backend_pid() as pid`;
  const path = `/proc/${pid}/schedstat`;
  if (!existsSync(path)) return () => null;
  const read = () => Number(readFileSync(path, "utf8").split(" ")[0]) / 1e6;
  const start = read();
  return () => read() - start;
}
const ratio = (a, b) => (a == null || b == null ? "".padStart(7) : `${(a / b).toFixed(2).padStart(6)}×`);

/** The echo used as the HTTP floor, and the replaced design under bench_old. Before lite starts. */
export async function installWritePathHelpers(sql) {
  await sql`create function public.bench_echo(events jsonb) returns jsonb language sql immutable as 'select events'`;
  await sql`grant execute on function public.bench_echo(jsonb) to anon, authenticated`;
  await sql`create schema bench_old`;
  await sql`grant usage on schema bench_old to authenticated`;
  const old = readFileSync(OLD_MIGRATION, "utf8")
    .replaceAll("private.event_answer", "bench_old.event_answer")
    .replaceAll("private.event_shape_problem", "bench_old.event_shape_problem")
    .replaceAll("private.apply_parcel_event", "bench_old.apply_parcel_event")
    .replaceAll("public.record_parcel_events", "bench_old.record_parcel_events");
  await sql.unsafe(old);
}

export async function measureWritePath({ sql, anon, officer, runs }) {
  const [{ id: officerId }] = await sql`select id from auth.users where email = 'bench@test.local'`;
  // Every measured statement runs on one connection kept for them, so each call finds its plans
  // and caches warm, as a pooled API server's would; a fresh connection per call would add the
  // cost of starting one to every figure.
  const db = await sql.reserve();
  /** `fn(tx)` inside begin … commit on the measured connection. */
  const inTransaction = async (fn) => {
    await db`begin`;
    try {
      const result = await fn(db);
      await db`commit`;
      return result;
    } catch (error) {
      await db`rollback`;
      throw error;
    }
  };
  const allIds = (await sql`select id from public.parcels order by md5(id::text)`).map((r) => r.id);
  let cursor = 0;
  const freshParcels = async (size) => {
    const ids = Array.from({ length: size }, (_, i) => allIds[(cursor + i) % allIds.length]);
    cursor += size;
    return sql`select id, version, stage, blocked from public.parcels where id = any(${ids}::uuid[])`;
  };
  const toggleEvents = (parcels) => parcels.map((p) => ({
    event_id: randomUUID(), parcel_id: p.id, expected_version: p.version,
    blocker: p.blocked ? null : { reason: REASON, responsible: RESPONSIBLE },
  }));

  /** record_parcel_events (or the old one) through the postgres driver, as `userId` or anon. */
  const callSql = async (events, userId, fn = "public.record_parcel_events") => {
    let cpu;
    const answers = await inTransaction(async (tx) => {
      cpu = await serverCpu(tx);
      return callIn(tx, events, userId, fn);
    });
    return { answers, cpu: cpu() };
  };
  const callIn = async (tx, events, userId, fn) => {
    if (userId) {
      await tx`select set_config('request.jwt.claim.sub', ${userId}, true),
                      set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: "authenticated" })}, true)`;
      await tx`set local role authenticated`;
    } else {
      await tx`set local role anon`;
    }
    // typed jsonb, as hosted PostgREST passes it (a text parameter would reach the function as a
    // JSON string, which it unwraps and parses a second time, as it must for lite over HTTP)
    const [row] = await tx.unsafe(`select ${fn}($1) as answers`, [sql.json(events)]);
    return row.answers;
  };
  const callHttp = async (client, events, fn = "record_parcel_events") => {
    const { data, error } = await client.rpc(fn, { events });
    if (error) throw new Error(`${fn}: ${error.message}`);
    return data;
  };
  const timed = async (fn) => {
    const t = performance.now();
    const result = await fn();
    return { ms: performance.now() - t, result };
  };
  const applied = (answers) => answers.filter((a) => a.status === "applied").length;

  /** The floor: one plain transaction, the same parcel updates and parcel_events inserts. */
  const floorTransaction = async (parcels) => {
    const ids = parcels.map((p) => p.id);
    // as an array literal: the driver types a JS array of booleans as one boolean
    const blocked = `{${parcels.map((p) => (p.blocked ? "f" : "t")).join(",")}}`;
    const stages = parcels.map((p) => p.stage);
    const versions = parcels.map((p) => p.version + 1);
    let cpu;
    await inTransaction(async (tx) => {
      cpu = await serverCpu(tx);
      await tx`
        update public.parcels p
        set blocked = s.blocked, blocker_reason = case when s.blocked then ${REASON} end,
            blocker_responsible = case when s.blocked then ${RESPONSIBLE} end, version = p.version + 1
        from unnest(${ids}::uuid[], ${blocked}::boolean[]) as s(id, blocked)
        where p.id = s.id`;
      await tx`
        insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason,
                                          blocker_responsible, note, actor, version, occurred_at)
        select gen_random_uuid(), s.id, s.stage, s.stage, s.blocked, case when s.blocked then ${REASON} end,
               case when s.blocked then ${RESPONSIBLE} end, null, ${officerId}, s.version, now()
        from unnest(${ids}::uuid[], ${stages}::text[], ${blocked}::boolean[], ${versions}::int[])
          as s(id, stage, blocked, version)`;
    });
    return cpu();
  };

  const rows = [];
  const notes = [];
  const row = (name, http, sqlOnly, floor, target, extra = "") =>
    rows.push(`${name.padEnd(48)} ${ms(http)} ${ms(sqlOnly)} ${ms(floor)} ${ratio(http, floor)} ${ratio(sqlOnly, floor)}   ${target.padEnd(12)} ${extra}`);

  /** Runs each measurement `runs` times after a warm-up, rotating which goes first; medians. */
  const measure = async (kinds) => {
    const names = Object.keys(kinds);
    for (const name of names) await kinds[name](); // warm-up
    const wall = Object.fromEntries(names.map((n) => [n, []]));
    const cpu = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        const r = await kinds[name]();
        wall[name].push(r.ms);
        if (r.cpu != null) cpu[name].push(r.cpu);
      }
    }
    const pick = (t) => Object.fromEntries(names.map((n) => [n, t[n].length ? median(t[n]) : null]));
    return { wall: pick(wall), cpu: pick(cpu) };
  };
  const cpuNote = (call, floor) => (call == null ? "" : floor == null
    ? `server CPU ${call.toFixed(0)} ms`
    : `server CPU ${call.toFixed(0)} / ${floor.toFixed(0)} ms = ${(call / floor).toFixed(2)}×`);

  for (const size of [1000, 5000]) {
    const check = (what, answers) => {
      if (applied(answers) !== size) notes.push(`${what} ${size}: ${applied(answers)} of ${size} applied`);
    };
    const { wall: m, cpu: c } = await measure({
      floor: async () => {
        const parcels = await freshParcels(size);
        const t = performance.now();
        const cpu = await floorTransaction(parcels);
        return { ms: performance.now() - t, cpu };
      },
      http: async () => {
        const events = toggleEvents(await freshParcels(size));
        const r = await timed(() => callHttp(officer, events));
        check("HTTP", r.result);
        return r;
      },
      sql: async () => {
        const events = toggleEvents(await freshParcels(size));
        const r = await timed(() => callSql(events, officerId));
        check("SQL", r.result.answers);
        return { ms: r.ms, cpu: r.result.cpu };
      },
      echo: async () => timed(async () => callHttp(officer, toggleEvents(await freshParcels(size)), "bench_echo")),
    });
    const label = size.toLocaleString("en");
    row(`record_parcel_events, ${label} applied (officer)`, m.http, m.sql, m.floor, "≤ 3× floor",
      `${cpuNote(c.sql, c.floor)}; ${label} applied each run`);
    row(`  HTTP of the same body (bench_echo)`, m.echo, null, m.floor, "", "what lite + supabase-js cost for it");

    if (size === 1000) {
      const old = await measure({
        old: async () => {
          const events = toggleEvents(await freshParcels(size));
          const r = await timed(() => callSql(events, officerId, "bench_old.record_parcel_events"));
          if (applied(r.result.answers) !== size) notes.push(`replaced design: ${applied(r.result.answers)} of ${size} applied`);
          return { ms: r.ms, cpu: r.result.cpu };
        },
      });
      row(`  replaced design (subtransaction per event)`, null, old.wall.old, m.floor, "",
        `${cpuNote(old.cpu.old, c.floor)}; same events, same database`);
    }
  }

  // Anonymous calls naming 5,000 existing parcels: well-formed, and malformed in ten ways.
  const parcels = await freshParcels(5000);
  const wellFormed = toggleEvents(parcels);
  const malformations = [
    () => 42,
    (p) => ({ ...p, owner_name: "x" }),
    (p) => ({ ...p, event_id: "not-a-uuid" }),
    (p) => ({ ...p, parcel_id: `${p.parcel_id}0` }),
    (p) => ({ ...p, expected_version: String(p.expected_version) }),
    (p) => ({ ...p, blocker: undefined, to_stage: "demolished" }),
    (p) => ({ ...p, blocker: { reason: REASON } }),
    (p) => ({ ...p, note: 5 }),
    (p) => ({ ...p, occurred_at: "2026-02-30T10:00:00+07:00" }),
    (p) => ({ ...p, occurred_at: "2999-01-01T00:00:00Z" }),
  ];
  const malformed = wellFormed.map((e, i) => malformations[i % malformations.length](e));
  // The anonymous floor: the least an answer to 5,000 events needs, without a single check: read
  // the batch, look up each event id and each parcel, and answer each event denied with its
  // parcel's version, in order. One plain statement through the same driver.
  const anonFloor = async () => {
    let cpu;
    const t = performance.now();
    await inTransaction(async (tx) => {
      cpu = await serverCpu(tx);
      await tx.unsafe(`
        select to_jsonb(array_agg(jsonb_build_object('event_id', e.value ->> 'event_id', 'status', 'denied',
                          'version', p.version, 'code', 'not_officer', 'message', 'Tài khoản này không có quyền cập nhật thửa đất.')
                        order by e.n)) as answers
        from jsonb_array_elements($1) with ordinality as e(value, n)
        left join public.parcel_events pe on pe.event_id = (e.value ->> 'event_id')::uuid
        left join public.parcels p on p.id = (e.value ->> 'parcel_id')::uuid`, [sql.json(wellFormed)]);
    });
    return { ms: performance.now() - t, cpu: cpu() };
  };
  for (const [label, events, expect] of [["well-formed", wellFormed, "denied"], ["malformed", malformed, "invalid"]]) {
    const check = (answers) => {
      if (!answers.every((a) => a.status === expect)) notes.push(`anonymous ${label}: not every answer is ${expect}`);
    };
    const { wall: m, cpu: c } = await measure({
      http: async () => {
        const r = await timed(() => callHttp(anon, events));
        check(r.result);
        return r;
      },
      sql: async () => {
        const r = await timed(() => callSql(events, null));
        check(r.result.answers);
        return { ms: r.ms, cpu: r.result.cpu };
      },
      echo: () => timed(() => callHttp(anon, events, "bench_echo")),
      floor: () => anonFloor(),
    });
    row(`anonymous, 5,000 events ${label}`, m.http, m.sql, m.floor, "≤ 100 ms",
      `${cpuNote(c.sql, c.floor)}; all ${expect}; SQL only is the target`);
    row(`  HTTP of the same body (bench_echo)`, m.echo, null, null, "", "what lite + supabase-js cost for it");
  }

  console.log(`\n${"write path (median)".padEnd(48)} ${"HTTP API".padStart(10)} ${"SQL only".padStart(10)} ${"floor".padStart(10)} ${"HTTP/fl".padStart(7)} ${"SQL/fl".padStart(7)}   target`);
  for (const line of rows) console.log(line);
  console.log(`\nMedians of ${runs} runs after a warm-up, each on fresh parcels. HTTP API = supabase-js → lite → PostgreSQL.`);
  console.log("SQL only = the same call through the postgres driver (its transaction, commit included).");
  console.log("floor = one plain transaction through the postgres driver: update the same number of parcels the same way");
  console.log("        (set or lift a blocker, bump the version) and insert as many parcel_events rows; for the anonymous");
  console.log("        calls, one plain statement that reads the 5,000 well-formed events, looks up each event id and parcel");
  console.log("        and answers each denied, without any check (what no implementation can skip).");
  console.log("server CPU = CPU time of the PostgreSQL process serving the call or the floor (Linux schedstat): on a shared");
  console.log(`        machine wall time also counts waiting for a core. Load average now ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`);
  for (const note of notes) console.log(`NOTE: ${note}`);
  db.release();
}
