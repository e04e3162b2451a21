// The app as a person gets it from `npm run dev` (Vite + the embedded PGlite backend + demo seed),
// on a free port and in its own fresh data folder, for browser tests and screenshots.
import { spawn } from "node:child_process";
import { rmSync, readFileSync } from "node:fs";
import { freePort } from "./pg-cluster.mjs";

const E2E_CONFIG = "supabase/local/e2e.toml";
const E2E_DATA = "supabase/.temp/e2e-data";

function publishableKey(config) {
  const key = /^publishable_key\s*=\s*"([^"]+)"/m.exec(readFileSync(config, "utf8"))?.[1];
  if (!key) throw new Error(`${config} lacks auth.publishable_key`);
  return key;
}

async function waitFor(check, child, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite exited early (code ${child.exitCode}) while waiting for ${what}`);
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} not ready within ${timeoutMs / 1000} s`);
}

/**
 * Starts Vite with the local backend; resolves once parcels are served. By default a fresh
 * embedded (PGlite) database with the demo seed; `config` and `env` select another backend.
 */
export async function startDevServer({ config = E2E_CONFIG, env = {} } = {}) {
  if (config === E2E_CONFIG) rmSync(E2E_DATA, { recursive: true, force: true });
  const port = await freePort();
  const child = spawn("npx", ["vite", "--port", String(port), "--strictPort"], {
    // EXPERIMENTAL_STORAGE: lite serves /storage/v1 (photos and documents of events) only with it
    env: { ...process.env, EXPERIMENTAL_STORAGE: "1", ...env, GPMB_LITE_CONFIG: `./${config}`, LITE_TELEMETRY: "0", BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // gone
    }
  };
  process.once("exit", stop);
  const key = publishableKey(config);
  const started = Date.now();
  try {
    await waitFor(async () => (await fetch(url)).ok, child, 60_000, "the Vite server");
    // the seed is loaded when the demo accounts' memberships and the parcels are there
    await waitFor(async () => {
      const res = await fetch(`${url}/rest/v1/rpc/progress_summary`, {
        method: "POST",
        headers: { apikey: key, "content-type": "application/json" },
        body: JSON.stringify({ group_by: "province" }),
      });
      const rows = res.ok ? await res.json() : [];
      return rows.length > 0 && Number(rows[0].parcels) > 0;
    }, child, 240_000, "the embedded backend with demo data");
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n--- vite output ---\n${log}`);
  }
  console.log(`[e2e] app with demo data ready at ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, publishableKey: key, stop, log: () => log };
}
