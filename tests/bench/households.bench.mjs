// `npm run bench:households`: the leaders' household figures (household_progress, issue 16) on
// the demo seed's households (about 15,000 parties on 15,000 holdings, 4,000 plans, 30,000 lines,
// 9,000 payments), on a throwaway PostgreSQL 15, each grouping today and 180 days ago, as anon
// (the public's call; leaders read the same rows with money in the small groups too).
// Beside each figure, a floor measured in the same run: the plain aggregates any implementation
// must do over the same tables (households per project through their holdings, the plans' lines
// and the payments summed per project). A benchmark prints figures; it does not pass or fail.
import { execFileSync } from "node:child_process";
import postgres from "postgres";
import { ensureSystemDeps } from "../scripts/system-deps.mjs";
import { startCluster } from "../scripts/pg-cluster.mjs";
import { resetDatabase } from "../scripts/lite-backend.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const GROUPINGS = ["province", "kind", "project", "admin_unit"];

const FLOOR = `
  select pc.project_id, count(distinct h.party_id)::numeric from public.holdings h
    join public.parcels pc on pc.id = h.parcel_id group by 1
  union all
  select pl.project_id, sum(l.amount_vnd) from public.plan_lines l
    join public.compensation_plans pl on pl.id = l.plan_id group by 1
  union all
  select pl.project_id, sum(p.amount_vnd) from public.payments p
    join public.compensation_plans pl on pl.id = p.plan_id group by 1`;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Server-side time of one statement, from EXPLAIN ANALYZE (no HTTP, no JSON transfer): as anon,
 * or as the table owner for the floor (anon may read none of the households' tables).
 */
async function sqlTime(sql, statement, role = "anon") {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const rows = await sql.begin(async (tx) => {
      if (role === "anon") await tx`set local role anon`;
      return tx.unsafe(`explain (analyze, format json) ${statement}`);
    });
    if (i > 0) times.push(rows[0]["QUERY PLAN"][0]["Execution Time"]);
  }
  return median(times);
}

const ms = (v) => `${v.toFixed(1).padStart(8)} ms`;

ensureSystemDeps(["postgresql-15"]);
process.env.LITE_TELEMETRY = "0";
const cluster = await startCluster({ label: "gpmb-bench-hh" });
const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
try {
  const started = performance.now();
  resetDatabase(cluster.url);
  execFileSync("psql", [cluster.url, "-q", "-v", "ON_ERROR_STOP=1", "-f", "supabase/local/seed.sql"], { stdio: ["ignore", "ignore", "inherit"] });
  await sql`analyze`;
  const [size] = await sql`select (select count(*) from public.parties)::int as parties,
    (select count(*) from public.holdings)::int as holdings, (select count(*) from public.plan_lines)::int as lines,
    (select count(*) from public.payments)::int as payments, (select count(*) from public.parcels)::int as parcels`;
  console.log(`demo seed loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${size.parties} parties, ` +
    `${size.holdings} holdings, ${size.lines} plan lines, ${size.payments} payments, ${size.parcels} parcels`);
  if (size.parties === 0) throw new Error("the demo seed has no households: nothing to measure");

  const floor = await sqlTime(sql, FLOOR, "owner");
  const pastDay = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
  console.log(`\nhousehold_progress, median of ${RUNS}, SQL as anon`);
  console.log(`${"grouping, day".padEnd(44)} ${"time".padStart(11)} ${"floor".padStart(11)}  ratio`);
  for (const group of GROUPINGS) {
    for (const [label, at] of [["today", "null"], [pastDay, `'${pastDay}'`]]) {
      const time = await sqlTime(sql, `select * from public.household_progress('${group}', ${at})`);
      console.log(`${`${group}, ${label}`.padEnd(44)} ${ms(time)} ${ms(floor)}  ${(time / floor).toFixed(1).padStart(5)}×`);
    }
  }
  console.log("\nfloor: households per project through their holdings, plan lines and payments summed per project");
  console.log("(household_progress also replays each parcel's stage to the day, and counts plots, graves and utilities)");
} finally {
  await sql.end();
  cluster.stop();
}
