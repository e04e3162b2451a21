import { defineConfig, type Plugin, type PluginOption, type ViteDevServer, type Connect } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath, URL } from "node:url";
import { contentSecurityPolicy } from "./tools/content-security-policy";
import { offlineApp } from "./tools/offline-app";

// /storage/v1: photos and documents of events (lite's plugin does not mount it by default)
const API_PREFIXES = ["/auth/v1", "/rest/v1", "/storage/v1", "/_system"];

// The local Supabase-compatible backend (@supabase/lite) runs only under `vite serve`, and is
// imported lazily: a top-level import made the dev server exit silently, and the plugin active
// during `vite build` baked the local URL and key into the production bundle.
async function localBackend(): Promise<Plugin> {
  process.env.LITE_TELEMETRY ??= "0";
  // lite serves /storage/v1 and creates the storage schema only with this set before it loads
  process.env.EXPERIMENTAL_STORAGE ??= "1";
  // @ts-expect-error a plain ES module without types: it patches Node 20's file streams (see the file)
  await import("./tools/node20-file-streams.mjs");
  const { supalite } = await import("@supabase/lite/vite");
  const inner = supalite({
    config: process.env.GPMB_LITE_CONFIG ?? "./supabase/local/dev.toml", initOnBoot: false, prefixes: API_PREFIXES,
  }) as Plugin;
  const boot = inner.configureServer as (this: unknown, server: ViteDevServer) => Promise<void>;
  return {
    ...inner,
    // lite's own hook migrates and seeds before Vite listens, so on a cold start (8-30 s) the
    // browser got "connection refused". Boot in the background instead, answering API calls
    // with 503 until ready, so the app can show its "starting the local backend" screen.
    configureServer(server) {
      let api: Connect.NextHandleFunction | null = null;
      let failure: string | null = null;
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? "";
        if (!API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`))) return next();
        if (api) return api(req, res, next);
        res.statusCode = 503;
        res.setHeader("content-type", "application/json");
        res.setHeader("retry-after", "2");
        res.end(JSON.stringify({
          code: failure ? "LOCAL_BACKEND_FAILED" : "LOCAL_BACKEND_BOOTING",
          message: failure ?? "Máy chủ dữ liệu cục bộ đang khởi động.",
        }));
      });
      const capture = new Proxy(server, {
        get: (target, key) =>
          key === "middlewares" ? { use: (handler: Connect.NextHandleFunction) => void (api = handler) } : Reflect.get(target, key),
      });
      const started = Date.now();
      boot.call(this, capture).then(
        () => server.config.logger.info(`  local backend ready in ${((Date.now() - started) / 1000).toFixed(1)} s`),
        (error: unknown) => {
          failure = `Máy chủ dữ liệu cục bộ không khởi động được: ${String((error as Error)?.message ?? error)}`;
          server.config.logger.error(failure);
        },
      );
    },
  };
}

// `vite preview` serves every file with "Cache-Control: no-cache", so a returning visitor's
// browser asks the server about each chunk again before using it. Hosting serves the
// content-hashed /assets/ files as immutable (README, deployment); preview does the same so that
// `npm run bench:map` measures what a person gets.
function immutableAssetsInPreview(): Plugin {
  return {
    name: "gpmb-immutable-assets-in-preview",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith("/assets/")) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            name.toLowerCase() === "cache-control" ? res : setHeader(name, value);
          setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        next();
      });
    },
  };
}

// The view drawn before React (src/app/early-view) is imported by the entry at once: its chunks
// are named in index.html as module preloads, so the browser fetches them while it parses the
// page instead of after the entry has arrived and run.
function preloadEarlyView(): Plugin {
  let base = "/";
  return {
    name: "gpmb-preload-early-view",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
        const early = chunks.find((c) => c.facadeModuleId?.endsWith("/src/app/early-view/early-view.ts"));
        if (!early) return []; // another page built with this config (the bench's floor page)
        const files = new Set<string>();
        const walk = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const next of chunks.find((c) => c.fileName === file)?.imports ?? []) walk(next);
        };
        walk(early.fileName);
        return [...files].map((file) => ({
          tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` }, injectTo: "head" as const,
        }));
      },
    },
  };
}

/** The app's page (other pages built with this config, like the bench's floor page, are not the app). */
const APP_HTML = fileURLToPath(new URL("./index.html", import.meta.url));

// The production page carries its Content-Security-Policy (tools/content-security-policy.ts) as
// a meta tag right after the charset, before anything the page loads. Build only: the dev
// server's React refresh runs inline scripts.
function contentSecurityPolicyMeta(): Plugin {
  let policy = "";
  return {
    name: "gpmb-content-security-policy",
    apply: "build",
    configResolved(config) {
      policy = contentSecurityPolicy({ apiUrl: config.env.VITE_SUPABASE_URL, tileUrl: config.env.VITE_TILE_URL });
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { filename }) {
        if (filename !== APP_HTML) return html;
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html lacks ${charset}: the CSP meta goes after it`);
        const content = policy.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`);
      },
    },
  };
}

export default defineConfig(async ({ command }) => {
  const plugins: PluginOption[] = [react(), immutableAssetsInPreview(), preloadEarlyView(), contentSecurityPolicyMeta()];
  if (command === "serve" && process.env.GPMB_NO_LOCAL_BACKEND !== "1") plugins.push(await localBackend());
  // The service worker and web manifest: build only, so the dev server (and its API) stays uncached.
  if (command === "build") plugins.push(offlineApp());
  return {
    plugins,
    resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
    server: { port: 5173, strictPort: true, host: "127.0.0.1" },
    build: { sourcemap: true },
  };
});
