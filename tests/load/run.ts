// `npm run load`: 20 simulated officers × 200 events through the outbox core (H1's
// src/data/outbox/outbox-core.ts on fake-indexeddb) against @supabase/lite on a real PostgreSQL,
// with network failures, lost answers (the server commits, the response never arrives), requests
// delivered twice, actions written twice and conflicts between the two officers of a district.
// Prints the throughput next to a floor measured in the same run (the same number of events per
// officer in one plain record_parcel_events call each, all officers at once, no faults), and the
// invariants. tests/load/load.mjs starts the database and exits 1 if an invariant fails.
import "fake-indexeddb/auto";
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { createClient } from "@supabase/supabase-js";
import type { Clock } from "@/data/outbox/outbox-types";
import { createLoadWorld, PASSWORD } from "./world";
import { startOfficer, work, type OfficerRun } from "./officer";
import { checkInvariants } from "./invariants";

const OFFICERS = 20;
const EVENTS = Number(process.env.GPMB_LOAD_EVENTS ?? 200);
const RATES = { fail: 0.05, lose: 0.08, twice: 0.04 };
// The outbox's back-off (1 s, 2 s … 60 s) and timeout run on a clock this much faster than the
// wall, so a run shows many retries without waiting minutes between them.
const SPEED = 20;

function fastClock(speed: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * speed,
    setTimeout: (fn, ms) => setTimeout(fn, ms / speed),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** The floor: each officer's count of events in one plain call on its own parcels, all at once. */
async function floor(api: { url: string; key: string }, runs: readonly OfficerRun[], parcelsOf: Map<number, string[]>, counts: number[]) {
  const clients = await Promise.all(runs.map(async (r) => {
    const client = createClient(api.url, api.key, { auth: { persistSession: false, autoRefreshToken: false } });
    const { error } = await client.auth.signInWithPassword({ email: r.officer.email, password: PASSWORD });
    if (error) throw error;
    return client;
  }));
  const started = performance.now();
  const answers = await Promise.all(runs.map(async (r, i) => {
    const parcels = parcelsOf.get(r.officer.index)!;
    const versions = new Map(parcels.map((p) => [p, 1]));
    const events = Array.from({ length: counts[i]! }, (_, n) => {
      const parcel = parcels[n % parcels.length]!;
      const version = versions.get(parcel)!;
      versions.set(parcel, version + 1);
      return { event_id: crypto.randomUUID(), parcel_id: parcel, expected_version: version,
               blocker: n % 2 === 0 ? { reason: `Chờ xác minh ${n}`, responsible: "UBND xã" } : null, note: `floor ${n}` };
    });
    const { data, error } = await clients[i]!.rpc("record_parcel_events", { events });
    if (error) throw new Error(error.message);
    return (data as { status: string }[]).filter((a) => a.status === "applied").length;
  }));
  const seconds = (performance.now() - started) / 1000;
  return { seconds, applied: answers.reduce((a, b) => a + b, 0) };
}

/** The run on a migrated, empty database and its API; true when every invariant holds. */
export async function runLoad(pgUrl: string, startApi: (url: string) => Promise<{ url: string; publishableKey: string; stop(): void }>): Promise<boolean> {
  const sql = postgres(pgUrl, { max: 4, onnotice: () => {} });
  const world = await createLoadWorld(sql);
  const server = await startApi(pgUrl);
  try {
    const api = { url: server.url, key: server.publishableKey };
    const clock = fastClock(SPEED);
    const runs = await Promise.all(world.officers.map((o) => startOfficer(o, api, clock, RATES, 1000 + o.index, 60_000 * SPEED)));

    const started = performance.now();
    await Promise.all(runs.map((r) => work(r, world.shared.get(r.officer.district)!, EVENTS, 5000 + r.officer.index)));
    const seconds = (performance.now() - started) / 1000;

    const shared = [...world.shared.values()].flat();
    const perOfficer = await sql<{ actor: string; n: number }[]>`
      select actor::text, count(*)::int as n from public.parcel_events where parcel_id = any (${shared}::uuid[]) group by actor`;
    const applied = perOfficer.reduce((a, r) => a + r.n, 0);
    const counts = runs.map((r) => perOfficer.find((p) => p.actor === r.officer.id)?.n ?? 0);
    const base = await floor(api, runs, world.floor, counts);

    const leader = createClient(api.url, api.key, { auth: { persistSession: false } });
    const checks = await checkInvariants(sql, leader, world.projectId, shared, runs);

    const f = runs.reduce((a, r) => ({
      failed: a.failed + r.faults.failed, lost: a.lost + r.faults.lost, twice: a.twice + r.faults.twice,
      reapplied: a.reapplied + r.reapplied, dropped: a.dropped + r.dropped.size, enqueuedTwice: a.enqueuedTwice + r.enqueuedTwice,
    }), { failed: 0, lost: 0, twice: 0, reapplied: 0, dropped: 0, enqueuedTwice: 0 });
    const rate = applied / seconds;
    const floorRate = base.applied / base.seconds;
    console.log(`\nnpm run load: ${OFFICERS} officers × ${EVENTS} events, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`);
    console.log(`faults: ${f.failed} calls failed before leaving, ${f.lost} answers lost after the commit, ${f.twice} calls delivered twice, ` +
      `${f.enqueuedTwice} actions written twice; conflicts: ${f.reapplied} re-applied, ${f.dropped} given up`);
    console.log(`outbox run: ${applied} events applied in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} events/s`);
    console.log(`floor (one plain call per officer, same counts, no faults): ${base.applied} events in ${base.seconds.toFixed(2)} s = ` +
      `${floorRate.toFixed(1)} events/s; the outbox run takes ${(floorRate / rate).toFixed(1)}× the floor's time per event`);
    console.log("\ninvariants:");
    for (const c of checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.found}`);
    for (const r of runs) r.outbox.close();
    return checks.every((c) => c.ok);
  } finally {
    await sql.end();
    server.stop();
  }
}
