// `npm run bench:map`: the production build in headless Chromium over 100,000 parcels in
// PostgreSQL 15 (served by @supabase/lite through `vite preview`). Prints medians; never fails.
// The province view is timed for four visits, each against its floor page loaded turn about in
// the same run (tests/bench/floor: the least a plain Leaflet page does for the same view), and
// printed as `ready <visit> <median ms> floor <median ms> ratio <ratio>` (target ≤ 1.3):
//   vi-guest   Vietnamese, signed out, a province link;
//   en-guest   English (chosen on an earlier visit), signed out;
//   officer    a signed-in officer whose session is kept in the browser profile;
//   deep-link  street zoom with a parcel open: ready when its parcels are drawn and the parcel's
//              panel heading is there (its floor draws the same tiles' parcels in plain Leaflet).
// Work a visit does that its floor does not (the officer's kept session checked over the network)
// is measured and printed beside its line. The vi-guest visit is also paired against the app as
// built from BENCH_BASELINE (a git revision; default d6c75d5, the commit before issue #13; "none"
// skips it), served from /base/ of the same server and loaded turn about with it.
// Also: pan/zoom steps (≤ 50 ms) and restyle after 1,000 parcels change (≤ 100 ms), the same
// parcels drawn with plain L.geoJSON (SVG), and the initial JS size.
// BENCH_PROFILE=1 also prints where one province load spends its CPU time (by source file).
import postgres from "postgres";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, readFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { SourceMap } from "node:module";
import { ensureSystemDeps, CHROMIUM } from "../scripts/system-deps.mjs";
import { startCluster, freePort } from "../scripts/pg-cluster.mjs";
import { resetDatabase } from "../scripts/lite-backend.mjs";
import { loadParcels } from "./load-parcels.mjs";

const PARCELS = Number(process.env.BENCH_PARCELS ?? 100_000);
const CONFIG = "supabase/local/bench.toml";
const KEY = /^publishable_key\s*=\s*"([^"]+)"/m.exec(readFileSync(CONFIG, "utf8"))[1];
const PROVINCE = "v=20.8,106.09,10";
const STREET = "v=20.6255,105.906,17"; // inside the first block of 500 parcels
/** Parcel 260 of tests/bench/load-parcels.mjs (md5('bench-parcel:260')), near the street view's centre: "Tờ 11, thửa 11". */
const DEEP_PARCEL = "62a6b2ee-6744-d681-d7b9-f8b085e5a624";
const BASELINE = process.env.BENCH_BASELINE ?? "d6c75d5";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const DISTRICT = "v=20.632,105.915,16"; // about 1,300 parcels in view
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function build(outDir, env, root = ".") {
  // the project's config for the floor page too: its `@/` imports are the app's early requests
  execFileSync("npx", ["vite", "build", root, "--config", "vite.config.ts", "--outDir", outDir, "--emptyOutDir", "--manifest"], {
    stdio: "pipe",
    env: { ...process.env, ...env },
  });
}

/**
 * Builds the floor page (tests/bench/floor: the same requests, sent by the app's entry code, and
 * the same layers in plain Leaflet, without the rest of the app) into the served build as
 * /floor.html, its chunks beside the app's in /assets/.
 */
function buildFloor(servedDir, env) {
  const outDir = `${servedDir}-floor`;
  build(outDir, env, "tests/bench/floor");
  cpSync(join(outDir, "assets"), join(servedDir, "assets"), { recursive: true });
  writeFileSync(join(servedDir, "floor.html"), readFileSync(join(outDir, "index.html"), "utf8"));
}

/**
 * Builds the app at git revision `rev` (a worktree of this repository, sharing node_modules) into
 * `servedDir`/base, served under /base/: the A/B baseline, from the same server and API.
 */
function buildBaseline(rev, servedDir, env) {
  const tree = mkdtempSync(join(tmpdir(), "gpmb-mapbench-base-"));
  execFileSync("git", ["worktree", "add", "--detach", tree, rev], { stdio: "pipe" });
  try {
    symlinkSync(join(process.cwd(), "node_modules"), join(tree, "node_modules"));
    const outDir = join(servedDir, "base");
    execFileSync("npx", ["vite", "build", tree, "--config", join(tree, "vite.config.ts"), "--outDir", outDir, "--emptyOutDir", "--base", "/base/"], {
      stdio: "pipe", cwd: tree, env: { ...process.env, ...env },
    });
    // its preloads name the boundary files from the site's root; its code fetches them below /base/
    const html = join(outDir, "index.html");
    writeFileSync(html, readFileSync(html, "utf8").replaceAll('href="/geo/', 'href="/base/geo/'));
    return execFileSync("git", ["rev-parse", "--short", rev], { encoding: "utf8" }).trim();
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { stdio: "pipe" });
  }
}

/**
 * Gzipped size of the JS a visit loads before the first view: the entry chunk, the chunks it
 * imports at once (src/main.tsx → the province view and src/app/start.tsx) and their static imports, from Vite's
 * manifest. Chunks imported later (supabase-js, English, officer tools…) are sized apart.
 */
function initialJs(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8"));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const initial = new Set();
  const walk = (key) => {
    if (initial.has(key) || !manifest[key]?.file.endsWith(".js")) return;
    initial.add(key);
    for (const k of manifest[key].imports ?? []) walk(k);
  };
  walk(entryKey);
  // The province view (the map) and the app chunk load at once; the entry's other dynamic
  // imports (supabase-js) wait.
  for (const first of ["src/app/province-view.ts", "src/app/start.tsx"]) {
    const key = manifest[entryKey].dynamicImports?.find((k) => k.endsWith(first));
    if (!key) throw new Error(`bench: the entry no longer imports ${first}; update initialJs()`);
    walk(key);
  }
  const bytes = (key) => readFileSync(join(outDir, manifest[key].file));
  const gzipped = (key) => gzipSync(bytes(key), { level: 9 }).length;
  const supabaseKey = Object.keys(manifest).find((k) => k.includes("@supabase/supabase-js"));
  return {
    files: initial.size,
    raw: [...initial].reduce((sum, key) => sum + bytes(key).length, 0),
    gz: [...initial].reduce((sum, key) => sum + gzipped(key), 0),
    supabaseGz: supabaseKey ? gzipped(supabaseKey) : 0,
  };
}

async function waitForApi(url) {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${url}/rest/v1/stages?select=id&limit=1`, { headers: { apikey: KEY } });
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("vite preview with the local API did not come up");
}

// In the page: run `action`, then wait two animation frames (the canvas redraws on the next frame).
const STEP = `async (action) => {
  const b = window.__gpmbBench;
  const t = performance.now();
  action(b);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t;
}`;

async function steps(page, body, count) {
  return page.evaluate(
    async ({ body, count, step }) => {
      const run = eval(step);
      const action = eval(body);
      const times = [];
      for (let i = 0; i < count; i++) times.push(await run((b) => action(b, i)));
      return times;
    },
    { body, count, step: STEP },
  );
}

async function settle(page) {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
}

ensureSystemDeps(["postgresql-15", "chromium"]);
process.env.LITE_TELEMETRY = "0";
const cluster = await startCluster({ label: "gpmb-mapbench" });
resetDatabase(cluster.url);
const sql = postgres(cluster.url, { onnotice: () => {} });
await loadParcels(sql, PARCELS);
await sql.end();

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), "gpmb-mapbench-"));
build(join(dir, "plain"), { VITE_SUPABASE_URL: url, VITE_SUPABASE_PUBLISHABLE_KEY: KEY });
const size = initialJs(join(dir, "plain"));
build(join(dir, "bench"), { VITE_SUPABASE_URL: url, VITE_SUPABASE_PUBLISHABLE_KEY: KEY, VITE_BENCH_HOOKS: "1" });
buildFloor(join(dir, "bench"), { VITE_SUPABASE_URL: url, VITE_SUPABASE_PUBLISHABLE_KEY: KEY });
const baselineRev = BASELINE === "none" ? null
  : buildBaseline(BASELINE, join(dir, "bench"), { VITE_SUPABASE_URL: url, VITE_SUPABASE_PUBLISHABLE_KEY: KEY, VITE_BENCH_HOOKS: "1" });
const server = spawn("npx", ["vite", "preview", "--outDir", join(dir, "bench"), "--port", String(port), "--strictPort"], {
  env: { ...process.env, GPMB_LITE_CONFIG: `./${CONFIG}`, GPMB_PG_URL: cluster.url },
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // gone
  }
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
};
process.once("exit", stop);
await waitForApi(url);

const BASE_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const VIEWPORT = { viewport: { width: 1280, height: 800 }, locale: "vi-VN" };
// Readiness in an ordinary browser (frames at 60 Hz, as a person gets them) with a profile of its
// own, as a person's browser has (Playwright's default contexts are incognito, with no disk
// caches); the officer has a second profile, signed in once. The first round (cold caches) is
// left out of the medians. The steps run in a third browser whose frames are not capped, so a
// step measures work rather than the display's cadence. (An uncapped browser repaints the "live"
// pulse non-stop and would starve the local API server.)
const profileDir = mkdtempSync(join(tmpdir(), "gpmb-mapbench-profile-"));
const officerDir = mkdtempSync(join(tmpdir(), "gpmb-mapbench-officer-"));
const launchProfile = (dir) => chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM, args: BASE_ARGS, ...VIEWPORT,
});
const context = await launchProfile(profileDir);
const officerContext = await launchProfile(officerDir);
const stepBrowser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM, args: [...BASE_ARGS, "--disable-gpu-vsync", "--disable-frame-rate-limit"],
});
// Ready, noted in the page by observers it starts with (the harness does not poll while the page
// loads: Playwright's polling script would run on the page's main thread, which a visitor's
// browser does not): at a province view, the moment more than 10 progress labels are in the
// page; at a deep link (?p=), two animation frames after the parcels' answers have all been read
// and the parcel's heading is in the page (the frame that draws them, and the next).
const READY = () => {
  const longTasks = [];
  window.__gpmbLoad = { ready: null, longTasks };
  performance.setResourceTimingBufferSize(2000); // failed tile requests would fill the default 250
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: "longtask", buffered: true });
  if (!new URLSearchParams(location.search).has("p")) {
    const labels = document.getElementsByClassName("map-label");
    const observer = new MutationObserver(() => {
      if (labels.length <= 10) return;
      window.__gpmbLoad.ready = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
    return;
  }
  let inflight = 0;
  let read = 0;
  let checking = false;
  const headings = document.getElementsByClassName("parcel-sheet__title");
  const check = () => {
    if (checking || window.__gpmbLoad.ready || inflight > 0 || read === 0) return;
    if (![...headings].some((h) => /^Tờ \S+, thửa \S+/.test(h.textContent ?? ""))) return;
    checking = true;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      checking = false;
      if (inflight === 0) window.__gpmbLoad.ready = performance.now();
      else check();
    }));
  };
  const fetch = window.fetch;
  window.fetch = function tracked(input, init) {
    const answer = fetch.call(this, input, init);
    if (!String(input instanceof Request ? input.url : input).includes("parcels_in_bbox")) return answer;
    inflight += 1;
    const done = () => {
      inflight -= 1;
      read += 1;
      check();
    };
    return answer.then((response) => {
      for (const reader of ["text", "json"]) {
        const original = response[reader].bind(response);
        response[reader] = () => original().finally(done);
      }
      return response;
    }, (error) => {
      done();
      throw error;
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
};
await context.addInitScript(READY);
await officerContext.addInitScript(READY);
const stepContext = await stepBrowser.newContext(VIEWPORT);
const rows = [];
const report = (name, value, target, extra = "") => rows.push(`${name.padEnd(46)} ${value.padStart(10)}   ${target.padEnd(10)} ${extra}`);

/** Opens `path` in a new page of `ctx` (UI language `lang`) and returns { ready, longTasks, session } once ready. */
async function load(ctx, path, lang = "vi") {
  const page = await ctx.newPage();
  await page.addInitScript((l) => localStorage.setItem("gpmb.lang", l), lang);
  await page.goto(`${url}${path}`, { waitUntil: "commit" });
  try {
    for (let waited = 0; waited < 60_000; waited += 1000) {
      await new Promise((r) => setTimeout(r, 1000)); // in Node: the page is left alone meanwhile
      const load = await page.evaluate(() => window.__gpmbLoad);
      if (!load?.ready) continue;
      // the kept session's checks over the network (supabase-js's auth calls and my_access), and
      // when the first parcels were asked for
      const { session, parcelsAsked } = await page.evaluate(() => {
        const entries = performance.getEntriesByType("resource");
        return {
          session: entries.filter((e) => /\/auth\/v1\/|\/rpc\/my_access/.test(e.name))
            .map((e) => ({ name: e.name.replace(location.origin, ""), start: e.startTime, end: e.responseEnd })),
          parcelsAsked: Math.min(...entries.filter((e) => e.name.includes("parcels_in_bbox")).map((e) => e.startTime)),
        };
      });
      return { ...load, session, parcelsAsked };
    }
    throw new Error(`${path} was never ready`);
  } finally {
    await page.close();
  }
}

// 0. How fast this machine is right now: the same fixed work in a blank page (JSON, sorting,
// layout of 2,000 text boxes). Shared machines vary by tens of percent from hour to hour; compare
// runs by this figure too.
{
  const page = await stepContext.newPage();
  const calibration = await page.evaluate(() => {
    const times = [];
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      let seed = 1;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const rows = Array.from({ length: 50_000 }, (_, i) => ({ id: `p-${i}`, area: random() * 1e4, stage: i % 8 }));
      JSON.parse(JSON.stringify(rows)).sort((a, b) => a.area - b.area);
      const box = document.createElement("div");
      for (let i = 0; i < 2000; i++) {
        const span = document.createElement("span");
        span.textContent = `Thửa ${i} · ${(random() * 100).toFixed(1)} %`;
        box.append(span);
      }
      document.body.append(box);
      void box.offsetHeight;
      box.remove();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  });
  report("machine calibration (fixed work, lower = faster)", ms(calibration), "", "same work every run");
  await page.close();
}

// The officer signs in once; the session is then kept in that profile, as in a person's browser.
{
  const page = await officerContext.newPage();
  await page.goto(`${url}/?${PROVINCE}`);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.getByLabel("Email").fill("bench@test.local");
  await page.getByLabel("Mật khẩu").fill("gpmb-test-2024");
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor({ timeout: 60_000 });
  await page.close();
}

// 1. Readiness of each visit and of its floor, turn about (which goes first alternates by round),
// so that the machine's drift hits both alike.
const VISITS = [
  { name: "vi-guest", ctx: context, path: `/?${PROVINCE}`, floor: "/floor.html", lang: "vi" },
  { name: "en-guest", ctx: context, path: `/?${PROVINCE}`, floor: "/floor.html?lang=en", lang: "en" },
  { name: "officer", ctx: officerContext, path: `/?${PROVINCE}`, floor: "/floor.html", lang: "vi" },
  { name: "deep-link", ctx: context, path: `/?${STREET}&p=${DEEP_PARCEL}`, floor: `/floor.html?${STREET}&p=${DEEP_PARCEL}`, lang: "vi" },
];
const times = Object.fromEntries(VISITS.map((v) => [v.name, { app: [], floor: [], session: [], sessionBeforeReady: 0, asked: { app: [], floor: [] } }]));
const ab = { app: [], base: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const visit of VISITS) {
    const kinds = visit.name === "vi-guest" && baselineRev ? ["app", "floor", "base"] : ["app", "floor"];
    const order = round % 2 === 0 ? kinds : [...kinds].reverse();
    for (const kind of order) {
      const path = kind === "floor" ? visit.floor : kind === "base" ? `/base${visit.path}` : visit.path;
      const result = await load(visit.ctx, path, visit.lang);
      if (round === 0) continue; // cold caches
      if (kind === "base") ab.base.push(result.ready);
      else {
        times[visit.name][kind].push(result.ready);
        times[visit.name].asked[kind].push(result.parcelsAsked);
      }
      if (kind === "app" && visit.name === "vi-guest") ab.app.push(result.ready);
      if (kind === "app" && visit.name === "officer" && result.session.length > 0) {
        const t = times.officer;
        t.session.push(Math.max(...result.session.map((e) => e.end)) - Math.min(...result.session.map((e) => e.start)));
        if (Math.max(...result.session.map((e) => e.end)) < result.ready) t.sessionBeforeReady += 1;
      }
    }
  }
}
const readyLines = [];
for (const visit of VISITS) {
  const t = times[visit.name];
  const app = median(t.app);
  const floorMs = median(t.floor);
  let line = `ready ${visit.name} ${app.toFixed(0)} floor ${floorMs.toFixed(0)} ratio ${(app / floorMs).toFixed(2)}`;
  if (visit.name === "officer") {
    line += t.session.length > 0
      ? `   (kept session checked over the network: auth + my_access span median ${median(t.session).toFixed(0)} ms, done before ready in ${t.sessionBeforeReady}/${t.app.length} loads)`
      : "   (no session check over the network before ready)";
  }
  if (visit.name === "deep-link") {
    // what the app does before its first parcel request that the floor does not: React's chunk
    // evaluated and rendered, supabase-js loaded, the tiles in view worked out by the map's layer
    line += `   (first parcels request sent at ${median(t.asked.app).toFixed(0)} ms, floor ${median(t.asked.floor).toFixed(0)} ms)`;
  }
  readyLines.push(line);
}
if (baselineRev) {
  const diffs = ab.app.map((a, i) => a - ab.base[i]);
  readyLines.push(`A/B vi-guest: this build ${median(ab.app).toFixed(0)} ms, ${baselineRev} ${median(ab.base).toFixed(0)} ms, paired median difference ${median(diffs) >= 0 ? "+" : ""}${median(diffs).toFixed(0)} ms over ${diffs.length} pairs`);
}

if (process.env.BENCH_PROFILE) {
  // where the province view's time goes: self time by function and by script, from a CPU profile
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await load(context, `/?${PROVINCE}`);
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map();
  const byUrl = new Map();
  const dt = profile.timeDeltas.reduce((a, b) => a + b, 0) / profile.samples.length / 1000;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const maps = new Map();
  const original = (frame) => {
    const file = frame.url.split("/").pop();
    if (!file.endsWith(".js")) return null;
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(join(dir, "bench", "assets", `${file}.map`), "utf8"))));
      } catch {
        maps.set(file, null);
      }
    }
    const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    return entry?.originalSource ? `${entry.originalSource.replace(/^.*node_modules\//, "").replace(/^.*\/src\//, "src/")}:${entry.originalLine + 1}` : null;
  };
  for (const id of profile.samples) {
    const n = nodes.get(id);
    const key = `${n.callFrame.functionName || "(anonymous)"} ${original(n.callFrame) ?? n.callFrame.url.split("/").pop()}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const u = n.callFrame.url.split("/").pop() || n.callFrame.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + dt);
  }
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join("\n");
  console.log(`CPU profile of one province load:\nby script:\n${top(byUrl)}\nby function:\n${top(self)}`);
  await p.close();
}

const page = await stepContext.newPage();
await page.goto(`${url}/?${PROVINCE}`);
await page.waitForFunction(() => window.__gpmbBench && document.querySelectorAll(".map-label").length > 10);
await settle(page);
const pan = "(b, i) => b.map.panBy([i % 2 ? -150 : 150, 0], { animate: false })";
const zoom = (z) => `(b, i) => b.map.setZoom(i % 2 ? ${z} : ${z + 1}, { animate: false })`;
report("pan step, province zoom 10", ms(median(await steps(page, pan, 30))), "≤ 50 ms");
report("zoom step, province zoom 10 ↔ 11", ms(median(await steps(page, zoom(10), 20))), "≤ 50 ms");
if (baselineRev) {
  // the same steps in the baseline's build (made with the bench hooks too)
  await page.goto(`${url}/base/?${PROVINCE}`);
  await page.waitForFunction(() => window.__gpmbBench && document.querySelectorAll(".map-label").length > 10);
  await settle(page);
  report(`pan step, province zoom 10 (${baselineRev})`, ms(median(await steps(page, pan, 30))), "≤ 50 ms");
  report(`zoom step, province zoom 10 ↔ 11 (${baselineRev})`, ms(median(await steps(page, zoom(10), 20))), "≤ 50 ms");
}

await page.goto(`${url}/?${STREET}`);
await page.waitForFunction(() => window.__gpmbBench);
await settle(page);
const streetCount = await page.evaluate(() => [...window.__gpmbBench.allParcels()].length);
report("pan step, street zoom 17", ms(median(await steps(page, pan, 30))), "≤ 50 ms", `${streetCount} parcels loaded`);
report("zoom step, street zoom 17 ↔ 18", ms(median(await steps(page, zoom(17), 20))), "≤ 50 ms", "redraw only; loads follow");

// 3. Restyle after 1,000 parcels change, at a view with about 1,300 parcels.
await page.goto(`${url}/?${DISTRICT}`);
await page.waitForFunction(() => window.__gpmbBench);
await settle(page);
const loaded = await page.evaluate(() => [...window.__gpmbBench.allParcels()].filter((p) => p.geometry).length);
const restyle = await steps(page, `(b, i) => {
  const stages = ["dialogue", "notice", "inventory", "handed_over"];
  const list = [...b.allParcels()].slice(0, 1000);
  b.patchParcels(list.map((p) => ({ id: p.id, version: p.version + 1, stage: stages[i % 4], blocked: i % 2 === 1 })));
}`, 9);
report("restyle after 1,000 parcels change", ms(median(restyle)), "≤ 100 ms", `${loaded} parcels on screen`);

// 4. The same parcels drawn with plain L.geoJSON on an SVG renderer.
await page.evaluate(() => window.__gpmbBench.toggleLayer("parcels", false));
await page.waitForTimeout(300);
const oursDraw = await steps(page, `(b, i) => b.toggleLayer("parcels", i % 2 === 0)`, 10);
const oursFirstDraw = median(oursDraw.filter((_, i) => i % 2 === 0));
await page.evaluate(() => window.__gpmbBench.toggleLayer("parcels", false));
const svg = await page.evaluate(async () => {
  const { map, L, allParcels } = window.__gpmbBench;
  const features = [...allParcels()].filter((p) => p.geometry)
    .map((p) => ({ type: "Feature", geometry: p.geometry, properties: { stage: p.stage } }));
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t = performance.now();
  const layer = L.geoJSON({ type: "FeatureCollection", features }, {
    renderer: L.svg(), style: (f) => ({ color: "#555", weight: 1, fillColor: f.properties.stage === "handed_over" ? "#238b45" : "#fdbb84", fillOpacity: 0.7 }),
  }).addTo(map);
  await frame();
  const draw = performance.now() - t;
  const pans = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    map.panBy([i % 2 ? -150 : 150, 0], { animate: false });
    await frame();
    pans.push(performance.now() - s);
  }
  const r = performance.now();
  let n = 0;
  layer.eachLayer((l) => { if (n++ < 1000) l.setStyle({ fillColor: "#6a51a3" }); });
  await frame();
  const restyle = performance.now() - r;
  layer.remove();
  pans.sort((a, b) => a - b);
  return { draw, pan: pans[10], restyle, count: features.length };
});
await page.evaluate(() => window.__gpmbBench.toggleLayer("parcels", true));
await page.waitForTimeout(300);
const oursPan = median(await steps(page, pan, 20));
report("first draw of the view's parcels: ours (canvas)", ms(oursFirstDraw), "", `${loaded} parcels`);
report("first draw: plain L.geoJSON (SVG)", ms(svg.draw), "", `ratio SVG/ours ${(svg.draw / oursFirstDraw).toFixed(1)}×`);
report("pan step at that view: ours", ms(oursPan), "≤ 50 ms");
report("pan step: plain L.geoJSON (SVG)", ms(svg.pan), "", `ratio ${(svg.pan / oursPan).toFixed(1)}×`);
report("restyle 1,000: plain L.geoJSON (SVG) setStyle", ms(svg.restyle), "", `ratio ${(svg.restyle / median(restyle)).toFixed(1)}×`);
report("initial JS, gzipped (production build)", `${(size.gz / 1024).toFixed(1)} KiB`, "≤ 250 KiB", `${size.files} files, ${(size.raw / 1024).toFixed(0)} KiB raw; supabase-js after the first view ${(size.supabaseGz / 1024).toFixed(1)} KiB`);

console.log(`\n${PARCELS.toLocaleString("en")} parcels in PostgreSQL 15; production build in headless Chromium (CPU only), 1280×800.`);
console.log(`\nReadiness, median of ${ROUNDS - 1} loads after a first one (ms from navigation start; target ratio ≤ 1.3):`);
for (const line of readyLines) console.log(line);
console.log(`\n${"measure (median)".padEnd(46)} ${"value".padStart(10)}   target`);
for (const line of rows) console.log(line);
console.log("\nA step = the call plus two animation frames (the canvas repaints on the next frame), in a browser whose");
console.log("frames are not capped at 60 Hz, so the figures are work, not waiting for the display. Readiness is");
console.log("measured in an ordinary browser with its own profile (its caches, as a returning visitor has): navigation");
console.log("start → more than 10 project progress labels in the page (the province view, drawn by the entry before");
console.log("React for every visit), or for the deep link its parcels' answers read and its panel heading there, plus two");
console.log("frames. Each visit's floor page loads turn about with it: the same requests and layers in plain Leaflet.");
await context.close();
await officerContext.close();
await stepBrowser.close();
rmSync(profileDir, { recursive: true, force: true });
rmSync(officerDir, { recursive: true, force: true });
stop();
process.exit(0);
