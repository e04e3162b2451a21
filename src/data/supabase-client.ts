// The only place that creates the supabase-js client. It is created on first use, and only
// when the configuration is valid: the app shows a configuration error screen otherwise.

import { createClient } from "@supabase/supabase-js";
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

let client: SupabaseClient | null = null;

/** The shared client; throws if called although the configuration is invalid. */
export function supabase(): SupabaseClient {
  if (client) return client;
  if (!backendConfig.ok) throw new Error("Supabase is not configured (VITE_SUPABASE_URL / key missing).");
  client = createClient(backendConfig.url, backendConfig.key, {
    auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
  });
  return client;
}

function sameOrigin(url: string, origin: string | undefined): boolean {
  try {
    return origin !== undefined && new URL(url).origin === origin;
  } catch {
    return false;
  }
}
