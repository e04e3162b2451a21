// `npm run bench:map`: the production build in headless Chromium over 100,000 parcels in
// PostgreSQL 15 (served by @supabase/lite through `vite preview`). Prints medians; never fails.
// Targets (issue #3): province view ready ≤ 0.5 s; pan/zoom step ≤ 50 ms at province and street
// zoom; restyle after 1,000 parcels change ≤ 100 ms; initial JS ≤ 250 KiB gzipped. The same
// parcels are also drawn with plain L.geoJSON (SVG) in the same page, and the ratio printed. The
// province view is also timed in plain Leaflet without the app (tests/bench/floor), loaded turn
// about with the app: what the stack alone needs on this machine, next to what the app needs; and
// with the app loading beside that page (what the app's early view, src/app/early-view, competes
// with). The app's readiness is its early view's where the visit gets one, as this one does.
// BENCH_PROFILE=1 also prints where one province load spends its CPU time (by source file).
import postgres from "postgres";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  writeFileSync(join(servedDir, "floor.html"), html);
  // The same page with the app's chunk and styles loading beside the drawing (into an off-screen
  // root of the window's size, so the app lays out and draws as usual): what a view drawn before
  // React needs while the app still loads and renders. (The app's entry, which the chunk imports,
  // sends the two API requests once more: a real first paint would share them.)
  const manifest = JSON.parse(readFileSync(join(servedDir, ".vite", "manifest.json"), "utf8"));
  const app = manifest["src/app/start.tsx"];
  if (!app) throw new Error("bench: no src/app/start.tsx chunk in the app's manifest");
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const css = [...new Set([entry, app, ...(app.imports ?? []).map((k) => manifest[k])].flatMap((c) => c?.css ?? []))]
    .map((file) => `<link rel="stylesheet" href="/${file}" />`).join("\n    ");
  const root = '<div id="root" style="position: absolute; left: -10000px; top: 0; width: 100%; height: 100%; overflow: hidden"></div>';
  const named = `<script>window.GPMB_APP_CHUNK = "/${app.file}";</script>`;
  if (!html.includes('<div id="map"></div>')) throw new Error("bench: the floor page has no #map; update buildFloor()");
  writeFileSync(join(servedDir, "floor-with-app.html"), html.replace('<div id="map"></div>', `<div id="map"></div>\n    ${css}\n    ${root}\n    ${named}`));
}

/**
 * Gzipped size of the JS a visit loads before the first view: the entry chunk, the chunks it
 * imports at once (src/main.tsx → the early view and src/app/start.tsx) and their static imports, from Vite's
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
  // The view drawn before React and the app chunk load at once; the entry's other dynamic
  // imports (supabase-js) wait.
  for (const first of ["src/app/early-view/early-view.ts", "src/app/start.tsx"]) {
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
// Province readiness in an ordinary browser (frames at 60 Hz, as a person gets them) with a
// profile of its own, as a person's browser has (Playwright's default contexts are incognito,
// with no disk caches). The first visit (cold caches) is reported beside the median of the later
// ones. Measured on Debian's Chromium 156: the later visits take the chunks from the HTTP cache
// but still compile them, because its background script loading skips V8's code cache (the
// cache is produced, never consumed; with --disable-features=BackgroundResourceFetch it is).
// The steps run in a second browser whose frames are not capped, so a step measures work rather
// than the display's cadence. (An uncapped browser repaints the "live" pulse non-stop and would
// starve the local API server.)
const profileDir = mkdtempSync(join(tmpdir(), "gpmb-mapbench-profile-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM, args: BASE_ARGS, ...VIEWPORT,
});
const stepBrowser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM, args: [...BASE_ARGS, "--disable-gpu-vsync", "--disable-frame-rate-limit"],
});
// room for every request of a load in the timeline (failed tile requests would fill the default 250)
await context.addInitScript(() => performance.setResourceTimingBufferSize(2000));
// Ready = the moment more than 10 progress labels are in the page, noted by a MutationObserver
// that the page starts with. The harness does not poll while the page loads: Playwright's
// polling script is compiled and run on the page's main thread, which a visitor's browser is not.
await context.addInitScript(() => {
  const labels = document.getElementsByClassName("map-label");
  const longTasks = [];
  window.__gpmbLoad = { ready: null, longTasks };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: "longtask", buffered: true });
  const observer = new MutationObserver(() => {
    if (labels.length <= 10) return;
    window.__gpmbLoad.ready = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
});
const stepContext = await stepBrowser.newContext(VIEWPORT);
const rows = [];
const report = (name, value, target, extra = "") => rows.push(`${name.padEnd(46)} ${value.padStart(10)}   ${target.padEnd(10)} ${extra}`);

/** Opens the province view (or `path`) and returns { ready, longTasks } once the load has settled. */
async function loadProvince(page, path = `/?${PROVINCE}`) {
  await page.goto(`${url}${path}`, { waitUntil: "commit" });
  for (let waited = 0; waited < 60_000; waited += 1000) {
    await new Promise((r) => setTimeout(r, 1000)); // in Node: the page is left alone meanwhile
    const load = await page.evaluate(() => window.__gpmbLoad);
    if (load?.ready) return load;
  }
  throw new Error("the province view never showed its progress labels");
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

// 1. Province view ready: navigation start → project progress labels on the map.
const ready = [];
const floor = [];
const floorWithApp = [];
for (let i = 0; i < 11; i++) {
  const page = await context.newPage();
  const load = await loadProvince(page);
  ready.push(load.ready);
  if (i === 10 && process.env.BENCH_TIMELINE) {
    const timeline = await page.evaluate(() => performance.getEntriesByType("resource")
      .filter((e) => !e.name.includes("tile.openstreetmap"))
      .map((e) => `${e.startTime.toFixed(0).padStart(5)} → ${e.responseEnd.toFixed(0).padStart(5)} ms  ${e.name.replace(location.origin, "").slice(0, 100)}`));
    console.log(timeline.join("\n"));
    console.log(`main-thread tasks over 50 ms (start+duration): ${load.longTasks.map(([s, d]) => `${s}+${d}`).join(" ")}`);
  }
  await page.close();
  // the floor page, alternately in the same browser, so that the machine's drift hits both alike
  const floorPage = await context.newPage();
  floor.push((await loadProvince(floorPage, "/floor.html")).ready);
  await floorPage.close();
  const withAppPage = await context.newPage();
  floorWithApp.push((await loadProvince(withAppPage, "/floor-with-app.html")).ready);
  await withAppPage.close();
}
report("province view ready (labels drawn)", ms(median(ready.slice(1))), "≤ 500 ms", `first visit ${ms(ready[0])}; range ${ms(Math.min(...ready.slice(1)))}–${ms(Math.max(...ready.slice(1)))}`);
report("floor: same view in plain Leaflet, no app", ms(median(floor.slice(1))), "", "the entry's requests, tiles, boundaries, outlines, 25 labels; no React");
report("floor while the app loads beside it", ms(median(floorWithApp.slice(1))), "", "the app's chunk loads and renders off screen beside the drawing");

if (process.env.BENCH_PROFILE) {
  // where the province view's time goes: self time by function and by script, from a CPU profile
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await loadProvince(p);
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
console.log(`${"measure (median)".padEnd(46)} ${"value".padStart(10)}   target`);
for (const line of rows) console.log(line);
console.log("\nA step = the call plus two animation frames (the canvas repaints on the next frame), in a browser whose");
console.log("frames are not capped at 60 Hz, so the figures are work, not waiting for the display. Readiness is");
console.log("measured in an ordinary browser with its own profile (its caches, as a returning visitor has): navigation");
console.log("start → more than 10 project progress labels in the page (drawn before React by src/app/early-view for");
console.log("a visit like this one: Vietnamese, signed out, a province link); median of 10 visits after the first. The floor");
console.log("page loads turn about with the app: the same requests and layers in plain Leaflet, without the app, and");
console.log("once more with the whole app loading and rendering off screen beside it.");
await context.close();
await stepBrowser.close();
rmSync(profileDir, { recursive: true, force: true });
stop();
process.exit(0);
