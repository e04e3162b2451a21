// The import bench's parse half (issue #14): a zipped Shapefile of 50,000 parcels in VN-2000
// TM-3 105°30′ with its .prj, read + converted + validated by the app's import worker
// (createImportSession) in headless Chromium, with the longest main-thread task while the worker
// runs (PerformanceObserver "longtask"). Each figure is printed next to a floor measured in the
// same run: the bare read loop of fflate + shapefile over the same file in a worker of its own,
// and the longest main-thread task over an idle stretch as long as the import. Targets: parse +
// validate ≤ 20 s, no main-thread task > 200 ms. Prints figures; never fails.
//   node tests/bench/import-parse.bench.mjs        (BENCH_PARCELS=50000, BENCH_ROUNDS=3)
// BENCH_TASKS=1 also prints each long task's start and duration, the worker's phase marks and the
// main thread's JSON.parse time for the row chunks.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const PARCELS = Number(process.env.BENCH_PARCELS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const msText = (ms) => `${ms.toFixed(0)} ms`;

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path === "/" ? "index.html" : path);
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  const out = mkdtempSync(join(tmpdir(), "gpmb-import-bench-"));
  try {
    execFileSync("npx", ["vite", "build", "tests/bench/import-harness", "--config", "vite.config.ts", "--outDir", out, "--emptyOutDir"], {
      stdio: "pipe", env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
    });
    const server = await serve(out);
    const url = `http://127.0.0.1:${server.address().port}/`;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
    });
    try {
      const page = await browser.newPage();
      page.on("pageerror", (e) => console.log(`page error: ${e.message}`));
      await page.goto(url);
      await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready");
      const bytes = await page.evaluate(([n, perRow]) => window.benchWrite(n, perRow), [PARCELS, 250]);
      console.log(`import-parse: ${PARCELS} parcels, zipped Shapefile ${(bytes / 1024 / 1024).toFixed(1)} MiB (VN-2000 TM-3 105°30′, .prj, UTF-8 .dbf), ${ROUNDS} rounds, medians`);
      const runs = [];
      const floors = [];
      const idles = [];
      for (let round = 0; round < ROUNDS; round++) {
        floors.push(await page.evaluate(() => window.benchFloor()));
        const run = await page.evaluate(() => window.benchImport());
        runs.push(run);
        idles.push(await page.evaluate((ms) => window.benchIdle(ms), Math.round(run.read.ms + run.convert.ms)));
        console.log(`  round ${round + 1}: read ${s(run.read.ms)}, convert+validate ${s(run.convert.ms)} (${Object.entries(run.phases).map(([k, v]) => `${k} ${s(v)}`).join(", ")}), ` +
          `longest main-thread task ${msText(Math.max(run.read.longestTaskMs, run.convert.longestTaskMs))}; floor read loop ${s(floors.at(-1).timing.ms)}; ` +
          `${run.rows} rows, ${run.problems} problems, ${run.progressMessages} progress messages`);
        if (process.env.BENCH_TASKS) console.log(`  long tasks read ${JSON.stringify(run.read.tasks)} convert ${JSON.stringify(run.convert.tasks)} (ms after each step began, duration); progress marks ${run.marks.join(" ")} parse ${JSON.stringify(run.parseStats)}`);
        if (run.problems > 0) console.log(`  first problems: ${JSON.stringify(run.firstProblems)}`);
      }
      const total = median(runs.map((r) => r.read.ms + r.convert.ms));
      const longest = median(runs.map((r) => Math.max(r.read.longestTaskMs, r.convert.longestTaskMs)));
      console.log(`parse+validate ${s(total)} floor ${s(median(floors.map((f) => f.timing.ms)))} (fflate + shapefile bare read loop, same file) target ≤ 20 s`);
      console.log(`  read ${s(median(runs.map((r) => r.read.ms)))}, convert+validate ${s(median(runs.map((r) => r.convert.ms)))}`);
      console.log(`longest main-thread task while the worker runs ${msText(longest)} floor ${msText(median(idles.map((i) => i.longestTaskMs)))} (idle page, same length) target ≤ 200 ms; ` +
        `long tasks (> 50 ms) ${median(runs.map((r) => r.read.longTasks + r.convert.longTasks))} floor ${median(idles.map((i) => i.longTasks))}`);
      const c = await page.evaluate(() => window.benchCancel());
      console.log(`cancel: a read → ${c.readCancelled} after ${msText(c.readCancelMs)}; a conversion at ${c.cancelAt} → ${c.convertCancelled} after ${msText(c.convertCancelMs)}; converted again: ${c.rowsAfter} rows`);
      console.log(`  floor worker's longest main-thread task ${msText(median(floors.map((f) => f.timing.longestTaskMs)))}`);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.log(`import-parse bench could not run: ${e?.stack ?? e}`);
});
