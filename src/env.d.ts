// The build-time settings this app reads (see src/data/backend-config.ts).
interface ImportMetaEnv {
  /** API URL: a hosted Supabase project, or the dev server's origin with @supabase/lite. */
  readonly VITE_SUPABASE_URL?: string;
  /** The publishable (sb_publishable_…) key of a hosted project. */
  readonly VITE_SUPABASE_PUBLISHABLE_KEY?: string;
  /** The key injected by the @supabase/lite Vite plugin in development. */
  readonly VITE_SUPABASE_ANON_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
