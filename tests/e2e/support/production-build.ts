// The production build of the app (`vite build`, as a static host gets it), served by a small
// static server on a free port: for tests of what a deployment sends, such as its
// Content-Security-Policy. The API stays the dev server's (another origin, as a hosted Supabase
// project is), so the build is made with its URL and publishable key.
import { execFile } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { promisify } from "node:util";
import { contentSecurityPolicyHeader } from "../../../tools/content-security-policy";
import { APP_URL } from "./browser";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".map": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** A served production build. */
export interface ProductionSite {
  readonly url: string;
  /** The policy the server sends as a header (README's, for this API URL). */
  readonly headerPolicy: string;
  /** From now on serves a service worker that differs by one comment: what a deployment of a new version looks like to the browser. */
  publishNewWorker(): void;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Builds the app against the dev server's API and serves it as the README tells a static host
 * to: files as they are, index.html for any other path, and the CSP header.
 */
export async function serveProductionBuild(): Promise<ProductionSite> {
  const outDir = mkdtempSync(join(tmpdir(), "gpmb-e2e-build-"));
  await promisify(execFile)("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    // NODE_ENV as a deployment's build has it: vitest sets "test", which made Vite build React's
    // development code and the app's development branches (no service worker)
    env: { ...process.env, NODE_ENV: "production", VITE_SUPABASE_URL: APP_URL, VITE_SUPABASE_PUBLISHABLE_KEY: KEY },
  });
  const headerPolicy = contentSecurityPolicyHeader({ apiUrl: APP_URL });
  let newWorker = false;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = path.startsWith("/") && !path.includes("..") && isFile(join(outDir, path)) ? join(outDir, path) : join(outDir, "index.html");
    res.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
    if (file.endsWith(".html")) res.setHeader("content-security-policy", headerPolicy);
    if (newWorker && path === "/sw.js") {
      res.end(`${readFileSync(file, "utf8")}\n// the next version\n`);
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    headerPolicy,
    publishNewWorker: () => {
      newWorker = true;
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
