// `npm run bench:import`: the import's two halves, one after the other (never at once: the machine
// has two cores and each half wants them). A benchmark prints figures; it does not pass or fail.
// Targets (issue #14), each printed beside a floor measured in the same run:
// - import-parse.bench.mjs: a zipped Shapefile of 50,000 parcels in VN-2000 TM-3 read, converted and
//   validated in the import worker in headless Chromium ≤ 20 s, no main-thread task over 200 ms meanwhile;
// - import-commit.bench.mjs: the same number of parcels through import_parcels on the postgres driver,
//   the commit ≤ 30 s.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const halves = [
  ["parse + validate in the worker", ["tests/bench/import-parse.bench.mjs"]],
  ["commit through import_parcels", ["--experimental-websocket", "tests/bench/import-commit.bench.mjs"]],
];
for (const [title, args] of halves) {
  console.log(`\n== ${title} ==`);
  const run = spawnSync(process.execPath, args, { cwd: join(here, "..", ".."), stdio: "inherit", env: process.env });
  if (run.status !== 0) console.log(`(${args.at(-1)} stopped with status ${run.status}: figures above are partial)`);
}
