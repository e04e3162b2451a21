// The Content-Security-Policy of the production build: what the page may load and run. The build
// puts it in a <meta> tag (vite.config.ts); the static host should send the same policy as a
// header, with frame-ancestors, which a meta tag cannot carry (README, deploying).
//
// - Scripts only from the app's own origin: no inline scripts and no eval, so text that reached
//   the page as HTML could still not run script.
// - Styles only from the app's stylesheets, without 'unsafe-inline': Leaflet and React set
//   element styles through the DOM (element.style), which CSP does not restrict, and index.html
//   has no style attribute.
// - Images: the app, the tile server, and data: URLs (Leaflet's stylesheet has its icons as
//   data: URLs, and Leaflet points a dropped tile at a data: image to stop its download).
// - Requests: the app (the boundary files) and the Supabase API, over https and, for Realtime,
//   wss (http and ws for a local backend).
// - The service worker and the web manifest: only the app's own (default-src would allow the same;
//   spelled out so that a later change to default-src cannot stop the app opening offline).

/** The settings the policy depends on, as the build reads them from the env. */
export interface PolicyInput {
  /** VITE_SUPABASE_URL: the API's address (unset: the app only says it is not configured). */
  readonly apiUrl?: string;
  /** VITE_TILE_URL: the tile template, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png. */
  readonly tileUrl?: string;
}

/** OpenStreetMap's tiles, src/map/tile-config.ts's default. */
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** scheme://host[:port] of an http(s) URL, and its WebSocket twin. */
function apiSources(url: string): string[] {
  const { protocol, host } = new URL(url);
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`VITE_SUPABASE_URL is not http(s): ${url}`);
  return [`${protocol}//${host}`, `${protocol === "https:" ? "wss:" : "ws:"}//${host}`];
}

/**
 * The CSP source for a tile template: its scheme and host, a placeholder such as {s} as the
 * wildcard label `*` (CSP allows a wildcard only as the host's first label).
 */
export function tileSource(template: string): string {
  const match = /^(https?):\/\/([^/?#]+)/.exec(template.trim());
  if (!match) throw new Error(`VITE_TILE_URL must start with http(s)://host: ${template}`);
  const scheme = match[1]!;
  const labels = match[2]!.split(".");
  const first = labels[0]!.includes("{") ? "*" : labels[0]!;
  if (labels.slice(1).some((label) => label.includes("{"))) {
    throw new Error(`VITE_TILE_URL may have a placeholder only in the host's first label: ${template}`);
  }
  return `${scheme}://${[first, ...labels.slice(1)].join(".")}`;
}

/** The policy as one header value ("directive sources; …"). */
export function contentSecurityPolicy(input: PolicyInput): string {
  const api = input.apiUrl?.trim() ? apiSources(input.apiUrl.trim()) : [];
  const tiles = tileSource(input.tileUrl?.trim() || DEFAULT_TILE_URL);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'"],
    ["style-src", "'self'"],
    ["img-src", "'self'", "data:", tiles],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...api],
    // the service worker (sw.js) and the web manifest, both the app's own files (tools/offline-app.ts)
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** The policy a static host should send as a header: the meta's, and who may frame the app. */
export function contentSecurityPolicyHeader(input: PolicyInput): string {
  return `${contentSecurityPolicy(input)}; frame-ancestors 'none'`;
}
