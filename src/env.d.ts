// The build-time settings this app reads (see src/data/backend-config.ts).
interface ImportMetaEnv {
  /** API URL: a hosted Supabase project, or the dev server's origin with @supabase/lite. */
  readonly VITE_SUPABASE_URL?: string;
  /** The publishable (sb_publishable_…) key of a hosted project. */
  readonly VITE_SUPABASE_PUBLISHABLE_KEY?: string;
  /** The key injected by the @supabase/lite Vite plugin in development. */
  readonly VITE_SUPABASE_ANON_KEY?: string;
  /** Online map tiles, {z}/{x}/{y} template (default: OpenStreetMap); see src/map/tile-config.ts. */
  readonly VITE_TILE_URL?: string;
  /** The attribution (HTML) of VITE_TILE_URL's tiles. */
  readonly VITE_TILE_ATTRIBUTION?: string;
  /** "1" only in builds for `npm run bench:map`: exposes window.__gpmbBench. */
  readonly VITE_BENCH_HOOKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
