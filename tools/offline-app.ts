// The installable, offline-capable app (vite-plugin-pwa, Workbox's generateSW): a service worker
// that precaches the whole built app, the boundary files included, so a reload or a fresh start
// without signal still opens the map; and the web manifest. Used by the build only.
//
// - registerType "prompt" and no injected registration: src/app/pwa registers the worker with
//   workbox-window and lets a waiting version take over only when the outbox holds no unsent
//   event (an inline registration script would also break the Content-Security-Policy).
// - Navigations are answered with the precached index.html (the app routes in the browser), except
//   for the API's paths, which a deployment may serve from the same origin.
// - The API's answers are not cached by the worker: the app keeps its own copy of what it needs
//   offline in IndexedDB (src/data/offline-copy), with the age shown on the map.

import type { PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/** The app's colour (index.html's theme-color, the icons' background). */
export const THEME_COLOUR = "#0f3d5c";

/** The service worker and manifest plugin. */
export function offlineApp(): PluginOption {
  return VitePWA({
    strategies: "generateSW",
    registerType: "prompt",
    injectRegister: false,
    filename: "sw.js",
    manifestFilename: "manifest.webmanifest",
    includeAssets: ["favicon.svg", "kept-session.js", "geo/*.geojson", "icons/*"],
    manifest: {
      id: "/",
      name: "GPMB Hưng Yên – Theo dõi giải phóng mặt bằng",
      short_name: "GPMB Hưng Yên",
      description: "Theo dõi tiến độ giải phóng mặt bằng từng thửa đất trên địa bàn tỉnh Hưng Yên.",
      lang: "vi",
      dir: "ltr",
      start_url: "/",
      scope: "/",
      display: "standalone",
      orientation: "any",
      theme_color: THEME_COLOUR,
      background_color: "#ffffff",
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    workbox: {
      // the app's code, styles and pages; the source maps are for developers, never needed offline
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,geojson}"],
      globIgnores: ["**/*.map"],
      // the main chunk with Leaflet, React and the map is larger than Workbox's 2 MiB default
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: "index.html",
      navigateFallbackDenylist: [/^\/(auth|rest|storage|realtime|functions)\/v1\//, /^\/_system\//],
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
      sourcemap: false,
    },
  });
}
