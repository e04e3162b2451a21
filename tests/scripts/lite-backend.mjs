// Runs @supabase/lite against a real PostgreSQL (supabase/local/postgres.toml): resets the
// database from supabase/migrations, and serves the Supabase HTTP API (PostgREST + GoTrue) for
// API tests and benchmarks, with admin mode off so every request goes through RLS.
import { spawn, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort } from "./pg-cluster.mjs";

const LITE_CLI = "node_modules/@supabase/lite/dist/cli/index.js";
export const POSTGRES_CONFIG = "supabase/local/postgres.toml";

// EXPERIMENTAL_STORAGE: lite serves /storage/v1 (event photos and documents) only with it, and
// creates the storage schema that the event-files migration then fills.
function liteEnv(pgUrl, port = 0) {
  return {
    ...process.env, GPMB_PG_URL: pgUrl, GPMB_API_PORT: String(port), LITE_TELEMETRY: "0", NODE_NO_WARNINGS: "1",
    EXPERIMENTAL_STORAGE: "1",
  };
}

/** The publishable key written in the postgres config. */
export function publishableKey() {
  const text = readFileSync(POSTGRES_CONFIG, "utf8");
  const key = /^publishable_key\s*=\s*"([^"]+)"/m.exec(text)?.[1];
  if (!key) throw new Error(`${POSTGRES_CONFIG} lacks auth.publishable_key`);
  return key;
}

/** Drops everything and replays the migrations (and seed.sql when `seed` is true). */
export function resetDatabase(pgUrl, { seed = false } = {}) {
  const args = [LITE_CLI, "db", "reset", "--config", POSTGRES_CONFIG];
  if (!seed) args.push("--no-seed");
  try {
    execFileSync("node", args, { env: liteEnv(pgUrl), stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    throw new Error(`lite db reset failed:\n${error.stdout}\n${error.stderr}`);
  }
}

async function waitForApi(url, key, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`lite exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/rest/v1/stages?select=id&limit=1`, { headers: { apikey: key } });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`lite API at ${url} did not answer within ${timeoutMs} ms`);
}

/** Starts the API server on the given database; returns { url, publishableKey, stop }. */
export async function startApi(pgUrl) {
  const key = publishableKey();
  // a free port each time, so a developer's running servers never answer for this one
  const port = await freePort();
  // the patch lets stored files be downloaded on Node 20 (see the file)
  const child = spawn("node", ["--import", "./tools/node20-file-streams.mjs", LITE_CLI, "start", "--config", POSTGRES_CONFIG, "--no-admin"], {
    env: liteEnv(pgUrl, port),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.once("exit", stop);
  try {
    await waitForApi(url, key, child, 60_000);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n--- lite output ---\n${log}`);
  }
  return { url, publishableKey: key, stop, log: () => log };
}
