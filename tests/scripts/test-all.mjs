// `npm test`: every check, in order, on a machine with nothing running. Installs the Debian
// packages it needs (as root), starts a throwaway PostgreSQL, and ends with one line
// "N passed, N failed" that counts the tests of every runner.
import { ensureSystemDeps } from "./system-deps.mjs";
import { startCluster } from "./pg-cluster.mjs";
import { lintAndTypecheck, unitTests, databaseTests, apiTests, browserTests } from "./steps.mjs";

process.env.LITE_TELEMETRY = "0";
const results = [];
const started = Date.now();
let cluster;
try {
  ensureSystemDeps();
  results.push(lintAndTypecheck());
  results.push(unitTests());
  cluster = await startCluster({ label: "gpmb-test" });
  results.push(databaseTests(cluster));
  results.push(await apiTests(cluster));
  cluster.stop();
  results.push(await browserTests());
} catch (error) {
  console.error(`\n[test] ${error.message}`);
  results.push({ name: "setup", passed: 0, failed: 1 });
} finally {
  cluster?.stop();
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.failed ? "FAIL" : "ok  "}  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
