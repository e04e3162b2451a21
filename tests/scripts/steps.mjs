// The test steps, each returning { name, passed, failed }. test-all.mjs runs them in order;
// test-db.mjs and test-api.mjs run one. Counts come from the runners' own reports.
import { spawnSync, execFileSync } from "node:child_process";
import { readFileSync, rmSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { resetDatabase, startApi } from "./lite-backend.mjs";
import { startDevServer } from "./dev-server.mjs";

const ARTIFACTS = "tests/artifacts";

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status === 0;
}

/** ESLint and the TypeScript compiler over the whole repository. */
export function lintAndTypecheck() {
  const lint = run("npx", ["eslint", "--max-warnings", "0", "."]);
  const types = run("npx", ["tsc", "-p", "."]);
  return { name: "lint + typecheck", passed: Number(lint) + Number(types), failed: Number(!lint) + Number(!types) };
}

function vitest(project, env, files = []) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const report = join(ARTIFACTS, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const ok = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...files], env);
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    const failed = json.numFailedTests + (ok ? 0 : json.numFailedTests === 0 ? 1 : 0);
    return { name: `vitest ${project}`, passed: json.numPassedTests, failed };
  } catch {
    return { name: `vitest ${project}`, passed: 0, failed: 1 };
  }
}

/** Unit tests beside the code (pure domain, geo, seed generator). */
export function unitTests() {
  return vitest("unit", {});
}

/** pgTAP files in supabase/tests/database, run with pg_prove on a freshly migrated database. */
export function databaseTests(cluster) {
  resetDatabase(cluster.url);
  execFileSync("psql", [cluster.url, "-qAtc", "create extension if not exists pgtap"], { stdio: "pipe" });
  const dir = "supabase/tests/database";
  const files = readdirSync(dir).filter((f) => f.endsWith(".test.sql")).sort().map((f) => join(dir, f));
  const res = spawnSync("pg_prove", ["--dbname", cluster.url, "--verbose", "--failures", ...files], { encoding: "utf8" });
  process.stdout.write(res.stdout ?? "");
  process.stderr.write(res.stderr ?? "");
  const out = res.stdout ?? "";
  const total = Number(/Tests=(\d+)/.exec(out)?.[1] ?? 0);
  const failedLines = [...out.matchAll(/^not ok /gm)].length;
  const ok = res.status === 0 && /Result: PASS/.test(out);
  const failed = ok ? 0 : Math.max(failedLines, 1);
  return { name: "pgTAP (PostgreSQL 15)", passed: Math.max(total - failedLines, 0), failed };
}

/** supabase-js against @supabase/lite serving the migrated PostgreSQL database. */
export async function apiTests(cluster, files = []) {
  resetDatabase(cluster.url);
  const api = await startApi(cluster.url);
  try {
    return vitest("api", {
      GPMB_API_URL: api.url,
      GPMB_PUBLISHABLE_KEY: api.publishableKey,
      GPMB_PG_URL: cluster.url,
      // supabase-js needs a global WebSocket, which Node 20 has only behind this flag
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-websocket`.trim(),
    }, files);
  } finally {
    api.stop();
  }
}

/** Browser tests in Debian Chromium (playwright-core) against `vite` with the embedded backend; `files` narrows them. */
export async function browserTests(files = []) {
  const app = await startDevServer();
  try {
    return vitest("e2e", { GPMB_APP_URL: app.url, GPMB_PUBLISHABLE_KEY: app.publishableKey }, files);
  } finally {
    app.stop();
  }
}
