// A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb into a temp dir, start on
// a free port with fsync off, stop and delete on exit. Postgres refuses to run as root, so as
// root the server runs as the `postgres` user that the Debian package creates.
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { PG_BIN } from "./system-deps.mjs";

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(cmd, args) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return execFileSync(cmd, args, { stdio: "pipe" });
  return execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" });
}

/** Starts a cluster; returns { url, port, dir, stop }. */
export async function startCluster({ label = "gpmb" } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `${label}-pg-`));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  asPostgres(`${PG_BIN}/initdb`, ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  asPostgres(`${PG_BIN}/pg_ctl`, [
    "-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60",
    "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    "start",
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(`${PG_BIN}/pg_ctl`, ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  return { url, port, dir, stop };
}
