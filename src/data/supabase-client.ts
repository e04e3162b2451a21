// The only place that creates the supabase-js client. It is created on first use, and only
// when the configuration is valid: the app shows a configuration error screen otherwise.

import type { SupabaseClient } from "@supabase/supabase-js";
import { readBackendConfig } from "@/data/backend-config";
import type { BackendConfig } from "@/data/backend-config";

/**
 * The API configuration of this build. Each variable is named in full: the dev plugin defines
 * VITE_SUPABASE_URL as an expression (window.location.origin) that replaces this exact text.
 */
export const backendConfig: BackendConfig = readBackendConfig({
  VITE_SUPABASE_URL: import.meta.env.VITE_SUPABASE_URL,
  VITE_SUPABASE_PUBLISHABLE_KEY: import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY,
  VITE_SUPABASE_ANON_KEY: import.meta.env.VITE_SUPABASE_ANON_KEY,
});

/**
 * True when the API is the embedded development backend (@supabase/lite in the Vite dev
 * server), which takes a while to boot; the boot screen words its messages accordingly.
 */
export const isLocalBackend: boolean =
  import.meta.env.DEV && backendConfig.ok && sameOrigin(backendConfig.url, globalThis.location?.origin);

let client: Promise<SupabaseClient> | null = null;

/**
 * The shared client; rejects if the configuration is invalid. supabase-js (about a third of the
 * app's JavaScript) is loaded on first use: the province view's first data come without it
 * (src/data/early-requests.ts), so it is parsed after the map is drawn, not before.
 */
export function supabase(): Promise<SupabaseClient> {
  if (client) return client;
  if (!backendConfig.ok) return Promise.reject(new Error("Supabase is not configured (VITE_SUPABASE_URL / key missing)."));
  const { url, key } = backendConfig;
  client = import("@supabase/supabase-js").then(
    ({ createClient }) => createClient(url, key, {
      auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
    }),
    (error: unknown) => {
      client = null; // the chunk did not load (network): the next call tries again
      throw error;
    },
  );
  return client;
}

function sameOrigin(url: string, origin: string | undefined): boolean {
  try {
    return origin !== undefined && new URL(url).origin === origin;
  } catch {
    return false;
  }
}
