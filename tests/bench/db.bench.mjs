// `npm run bench:db`: loads 100,000 parcels into a throwaway PostgreSQL 15 (through the same
// migrations), serves them with @supabase/lite (postgres driver) and prints medians of the API
// calls the app makes. A benchmark prints figures; it does not pass or fail.
// Targets (issue #2): progress_summary ≤ 50 ms, 1 km² view ≤ 30 ms, district view ≤ 150 ms,
// one record_parcel_events call of 1,000 events ≤ 1 s.
// The write path (issue #12) is measured against floors taken in the same run, because absolute
// figures do not carry from one machine to the next: applied events ≤ 3× the floor (one plain
// transaction with the same parcel_events inserts and parcel updates), an anonymous call of 5,000
// events ≤ 100 ms on the server. See write-path.mjs. progress_as_of and target_progress are printed
// beside floors too (figures-in-time.mjs), before the write path, on a history written for them,
// and then the meeting view's reads, the burn-up of each target first (meeting-view.mjs).
import postgres from "postgres";
import { createClient } from "@supabase/supabase-js";
import { randomUUID } from "node:crypto";
import { ensureSystemDeps } from "../scripts/system-deps.mjs";
import { startCluster } from "../scripts/pg-cluster.mjs";
import { resetDatabase, startApi } from "../scripts/lite-backend.mjs";
import { loadParcels } from "./load-parcels.mjs";
import { installWritePathHelpers, measureWritePath } from "./write-path.mjs";
import { measureFiguresInTime } from "./figures-in-time.mjs";
import { measureMeetingView } from "./meeting-view.mjs";

const PARCELS = Number(process.env.BENCH_PARCELS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// issue 15: 1,000,000 events on 100,000 parcels (ten per parcel)
const EVENTS = Number(process.env.BENCH_EVENTS ?? PARCELS * 10);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(fn, runs = RUNS) {
  await fn(); // warm-up
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), last };
}

/** Server-side time of one statement as anon, from EXPLAIN ANALYZE (no HTTP, no JSON transfer). */
async function sqlTime(sql, statement) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const rows = await sql.begin(async (tx) => {
      await tx`set local role anon`;
      return tx.unsafe(`explain (analyze, format json) ${statement}`);
    });
    times.push(rows[0]["QUERY PLAN"][0]["Execution Time"]);
  }
  return median(times);
}

const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

ensureSystemDeps(["postgresql-15"]);
process.env.LITE_TELEMETRY = "0";
const cluster = await startCluster({ label: "gpmb-bench" });
resetDatabase(cluster.url);
const sql = postgres(cluster.url, { onnotice: () => {} });
const t0 = performance.now();
await loadParcels(sql, PARCELS);
console.log(`Loaded ${PARCELS.toLocaleString("en")} parcels in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
if (process.env.BENCH_KEEP) {
  // keep the loaded database for exploring with psql: BENCH_KEEP=1 npm run bench:db
  console.log(`Database kept at ${cluster.url} — stop with Ctrl-C`);
  await new Promise(() => {});
}
await installWritePathHelpers(sql);
const api = await startApi(cluster.url);
const anon = createClient(api.url, api.publishableKey, { auth: { persistSession: false } });
const officer = createClient(api.url, api.publishableKey, { auth: { persistSession: false } });
await officer.auth.signInWithPassword({ email: "bench@test.local", password: "gpmb-test-2024" });

const rows = [];
const report = (name, httpMs, sqlMs, target, extra = "") =>
  rows.push(`${name.padEnd(44)} ${fmt(httpMs)} ${sqlMs == null ? " ".repeat(10) : fmt(sqlMs)}   ${target.padEnd(9)} ${extra}`);

for (const groupBy of ["province", "kind", "project", "admin_unit"]) {
  const r = await timeIt(async () => (await anon.rpc("progress_summary", { group_by: groupBy })).data);
  const s = await sqlTime(sql, `select * from public.progress_summary('${groupBy}')`);
  report(`progress_summary('${groupBy}')`, r.median, s, "≤ 50 ms", `${r.last.length} rows`);
}

// ~1 km² (0.0095° lon × 0.009° lat at 20.8° N) inside a project block, and a district-sized
// view (~10 × 10 km) over the densest part.
const views = [
  ["parcels_in_bbox, ~1 km² view", [105.9005, 20.6205, 105.91, 20.6295], "≤ 30 ms"],
  ["parcels_in_bbox, district view (~100 km²)", [105.90, 20.62, 105.995, 20.71], "≤ 150 ms"],
];
for (const [name, [a, b, c, d], target] of views) {
  const args = { min_lon: a, min_lat: b, max_lon: c, max_lat: d };
  const r = await timeIt(async () => (await anon.rpc("parcels_in_bbox", args)).data);
  const s = await sqlTime(sql, `select public.parcels_in_bbox(${a}, ${b}, ${c}, ${d})`);
  const bytes = JSON.stringify(r.last).length;
  report(name, r.median, s, target, `${r.last.features.length} parcels, ${(bytes / 1e6).toFixed(1)} MB JSON`);
}

// The parcel search: one map sheet and parcel number anywhere in the province (the app's query).
{
  const [probe] = await sql`select map_sheet, parcel_no from public.parcels order by id offset 5000 limit 1`;
  const columns = "id,project_id,admin_unit_id,map_sheet,parcel_no,land_type,area_m2,stage,blocked,blocker_reason,blocker_responsible,version,geom";
  const r = await timeIt(async () => (await anon.from("parcels").select(columns)
    .eq("map_sheet", probe.map_sheet).eq("parcel_no", probe.parcel_no).order("admin_unit_id").order("project_id").limit(21)).data);
  const s = await sqlTime(sql, `select id from public.parcels where map_sheet = '${probe.map_sheet}' and parcel_no = '${probe.parcel_no}' limit 21`);
  report("parcel search by sheet and number", r.median, s, "", `${r.last.length} matches`);
}

// One call of 1,000 events on 1,000 different parcels, fresh parcels each run.
let offset = 0;
const batches = await timeIt(async () => {
  const ids = await sql`select id, version from public.parcels order by id offset ${offset} limit 1000`;
  offset += 1000;
  // a blocker moves each parcel between progress totals, so the trigger's cost is included
  const events = ids.map((p) => ({
    event_id: randomUUID(), parcel_id: p.id, expected_version: p.version,
    blocker: { reason: "Khiếu nại về đơn giá bồi thường", responsible: "UBND xã" },
  }));
  const { data, error } = await officer.rpc("record_parcel_events", { events });
  if (error) throw new Error(error.message);
  return data;
}, 5);
const applied = batches.last.filter((a) => a.status === "applied").length;
report("record_parcel_events, 1,000 events", batches.median, null, "≤ 1000 ms", `${applied} applied`);

console.log(`\n${"call (median)".padEnd(44)} ${"HTTP API".padStart(10)} ${"SQL only".padStart(10)}   target`);
for (const line of rows) console.log(line);
console.log(`\nHTTP API = supabase-js → @supabase/lite → PostgreSQL 15 (anon; officer for writes), ${RUNS} runs after a warm-up.`);
console.log("SQL only = server execution time from EXPLAIN ANALYZE as anon.");

// figures in time first: the write path's events all fall on today and would count as recent changes
await measureFiguresInTime({ sql, anon, runs: Math.min(RUNS, 7), events: EVENTS });
await measureMeetingView({ sql, anon, runs: Math.min(RUNS, 7) });
await measureWritePath({ sql, anon, officer, runs: Math.min(RUNS, 7) });

api.stop();
await sql.end();
cluster.stop();
process.exit(0);
