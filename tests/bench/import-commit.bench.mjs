// The commit half of `npm run bench:import`: 50,000 parcels (or BENCH_IMPORT_PARCELS) through
// import_parcels on the postgres driver, a dry run and then the commit, each as one HTTP call
// signed in as an admin, printed next to a floor measured in the same run: one plain transaction
// inserting the same rows (the same JSON document sent to the server, expanded there) into a
// scratch table. A benchmark prints figures; it does not pass or fail. Target (issue #14): the
// commit ≤ 30 s.
// The parcels tile a grid in Văn Giang (district 326 of the demo boundaries, which are loaded from
// supabase/local/seed.sql with the province): 5 or 6 vertices each, shared with their neighbours,
// distinct map sheet and parcel numbers, legal area = drawn area ± 3 %.
import postgres from "postgres";
import { createClient } from "@supabase/supabase-js";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { ensureSystemDeps } from "../scripts/system-deps.mjs";
import { startCluster } from "../scripts/pg-cluster.mjs";
import { resetDatabase, startApi } from "../scripts/lite-backend.mjs";

const PARCELS = Number(process.env.BENCH_IMPORT_PARCELS ?? 50_000);
const PASSWORD_HASH = "$2b$10$rKzmAk4U3xX7OY8PW7MOuuvKDuhn9w4I5FSg.4WtnPd4DagTSdQsS"; // gpmb-test-2024
const EMAIL = "import-bench@test.local";

/** The province and district boundaries of the demo seed, as its admin_units statement has them. */
function seedAdminUnitsSql() {
  const seed = readFileSync("supabase/local/seed.sql", "utf8");
  const start = seed.indexOf("insert into public.admin_units");
  const end = seed.indexOf("on conflict do nothing;", start);
  return seed.slice(start, end + "on conflict do nothing;".length);
}

// A deterministic jitter in [-1, 1].
function jitter(a, b, salt) {
  const s = Math.sin(a * 12.9898 + b * 78.233 + salt * 37.719) * 43758.5453;
  return (s - Math.floor(s)) * 2 - 1;
}

const R = 6378137;
const D = Math.PI / 180;
/** Drawn area by the contract's formula (turf's, radius 6378137 m), of one ring. */
function ringArea(c) {
  const m = c.length - 1;
  let t = 0;
  for (let i = 0; i < m; i++) t += (c[(i + 2) % m][0] - c[i][0]) * D * Math.sin(c[(i + 1) % m][1] * D);
  return Math.abs((t * R * R) / 2);
}

/** `count` parcels on a grid of cells about 12.5 × 13 m from (105.93, 20.93), columns first. */
function parcels(count) {
  const cols = 250;
  const rows = Math.ceil(count / cols);
  const w = 0.00012;
  const h = 0.00012;
  const x0 = 105.93;
  const y0 = 20.93;
  const round = (v) => Math.round(v * 1e9) / 1e9;
  const node = (i, j) => [round(x0 + i * w + jitter(i, j, 1) * w * 0.12), round(y0 + j * h + jitter(i, j, 2) * h * 0.12)];
  // a midpoint on the bottom edge of cell (i, j) when (i + j) is even, on its left edge when
  // (i + 2j) % 4 == 0: both neighbours of such an edge carry the same vertex
  const hmid = (i, j) => [round(x0 + (i + 0.5) * w + jitter(i, j, 3) * w * 0.1), round(y0 + j * h + jitter(i, j, 4) * h * 0.08)];
  const vmid = (i, j) => [round(x0 + i * w + jitter(i, j, 5) * w * 0.08), round(y0 + (j + 0.5) * h + jitter(i, j, 6) * h * 0.1)];
  const hasH = (i, j) => (i + j) % 2 === 0;
  const hasV = (i, j) => (i + 2 * j) % 4 === 0;
  const out = [];
  for (let n = 0; n < count; n++) {
    const i = n % cols;
    const j = Math.floor(n / cols);
    const ring = [node(i, j)];
    if (hasH(i, j)) ring.push(hmid(i, j));
    ring.push(node(i + 1, j));
    if (hasV(i + 1, j)) ring.push(vmid(i + 1, j));
    ring.push(node(i + 1, j + 1));
    if (hasH(i, j + 1)) ring.push(hmid(i, j + 1));
    ring.push(node(i, j + 1));
    if (hasV(i, j)) ring.push(vmid(i, j));
    ring.push(ring[0]);
    const drawn = ringArea(ring);
    const legal = Math.round(drawn * (1 + jitter(i, j, 7) * 0.03) * 10) / 10;
    // the same ring as VN-2000 TM-3 metres would read (an approximation: only its size matters here)
    const source = ring.map(([x, y]) => [Math.round((500000 + (x - 105.5) * 104000) * 1000) / 1000, Math.round(y * 110600 * 1000) / 1000]);
    out.push({
      row: n + 1,
      map_sheet: String(1 + Math.floor(j / 20)),
      parcel_no: String(1 + i + cols * (j % 20)),
      land_type: ["LUC", "LUC", "BHK", "ONT", "CLN"][n % 5],
      area_m2: legal,
      geom: { type: "Polygon", coordinates: [ring] },
      source_geom: { type: "Polygon", coordinates: [source] },
      owner_name: null,
      household: null,
    });
  }
  void rows;
  return out;
}

const seconds = (ms) => `${(ms / 1000).toFixed(2).padStart(7)} s`;

ensureSystemDeps(["postgresql-15"]);
process.env.LITE_TELEMETRY = "0";
const cluster = await startCluster({ label: "gpmb-import-bench" });
resetDatabase(cluster.url);
const sql = postgres(cluster.url, { onnotice: () => {}, max: 2 });
await sql.unsafe(seedAdminUnitsSql());
const adminId = randomUUID();
await sql`
  insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                          raw_app_meta_data, raw_user_meta_data)
  values (${adminId}, 'authenticated', 'authenticated', ${EMAIL}, ${PASSWORD_HASH}, now(), now(), now(),
          '{"provider":"email","providers":["email"]}', '{}')`;
await sql`insert into public.memberships (user_id, role, admin_unit_id) values (${adminId}, 'admin', null)`;
const projectId = randomUUID();
await sql`
  insert into public.projects (id, code, name, kind, area_to_clear_m2, geom)
  values (${projectId}, 'BENCH-IMPORT', 'Dự án thử nhập tệp', 'industrial_cluster', 0,
          ${sql.json({ type: "Polygon", coordinates: [[[105.928, 20.928], [105.962, 20.928], [105.962, 20.962], [105.928, 20.962], [105.928, 20.928]]] })})`;

const rows = parcels(PARCELS);
const meta = {
  file_name: "bench.zip", format: "shapefile", crs: "VN-2000 / TM-3 105°30′ (EPSG:9209)",
  crs_proj4: "+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs",
  axis_swapped: false, encoding: "utf-8", mapping: { map_sheet: { column: "SHBANDO" }, parcel_no: { column: "SHTHUA" } },
};
const body = JSON.stringify({ p_import: { ...meta, project_id: projectId, dry_run: true, rows } });
console.log(`import_parcels, ${PARCELS.toLocaleString("en")} parcels, request body ${(body.length / 1e6).toFixed(1)} MB`);

// The floor: the same document to the server in one transaction, expanded and inserted as rows.
await sql`create table public.bench_import_floor (n integer, map_sheet text, parcel_no text, land_type text,
                                                   area_m2 numeric, geom jsonb, source_geom jsonb)`;
const doc = JSON.parse(body).p_import;
const tf = performance.now();
await sql.begin(async (tx) => {
  await tx`insert into public.bench_import_floor
           select (r ->> 'row')::integer, r ->> 'map_sheet', r ->> 'parcel_no', r ->> 'land_type',
                  (r ->> 'area_m2')::numeric, r -> 'geom', r -> 'source_geom'
           from jsonb_array_elements(${tx.json(doc)}::jsonb -> 'rows') r`;
});
const floorMs = performance.now() - tf;

const api = await startApi(cluster.url);
const admin = createClient(api.url, api.publishableKey, { auth: { persistSession: false } });
const { error: signInError } = await admin.auth.signInWithPassword({ email: EMAIL, password: "gpmb-test-2024" });
if (signInError) console.log(`sign-in failed: ${signInError.message}`);

async function call(dryRun) {
  const t = performance.now();
  const { data, error } = await admin.rpc("import_parcels", { p_import: { ...meta, project_id: projectId, dry_run: dryRun, rows } });
  const ms = performance.now() - t;
  if (error) console.log(`  ${dryRun ? "dry run" : "commit"} failed: ${error.message}`);
  return { ms, data };
}

try {
  const dry = await call(true);
  const commit = await call(false);
  const counts = (a) => (a.data ? JSON.stringify(a.data.counts) : "-");
  const problems = (a) => (a.data ? a.data.problems.length : "-");
  console.log(`  floor (one transaction inserting the same rows) ${seconds(floorMs)}`);
  console.log(`  dry run                                          ${seconds(dry.ms)}  ×${(dry.ms / floorMs).toFixed(1)} floor  counts ${counts(dry)}, ${problems(dry)} problems`);
  console.log(`  commit                                           ${seconds(commit.ms)}  ×${(commit.ms / floorMs).toFixed(1)} floor  counts ${counts(commit)}, committed ${commit.data?.committed}   (target ≤ 30 s)`);
  const [{ n }] = await sql`select count(*)::int as n from public.parcels where project_id = ${projectId}`;
  console.log(`  parcels of the project after the commit: ${n.toLocaleString("en")}`);
  const again = await call(false);
  console.log(`  the same commit again (all unchanged)            ${seconds(again.ms)}  counts ${counts(again)}`);
} finally {
  api.stop();
  await sql.end();
  cluster.stop();
}
