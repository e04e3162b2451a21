// Where the API is and which key to send, read from the Vite env. Production sets
// VITE_SUPABASE_URL and VITE_SUPABASE_PUBLISHABLE_KEY; in development the @supabase/lite plugin
// injects VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY (the local publishable key).

/** The API location and key, or what is missing so the app can say so instead of crashing. */
export type BackendConfig =
  | { readonly ok: true; readonly url: string; readonly key: string }
  | { readonly ok: false; readonly problems: readonly BackendConfigProblem[] };

/** Why the configuration cannot be used. */
export type BackendConfigProblem =
  | { readonly kind: "missing_url" }
  | { readonly kind: "invalid_url"; readonly value: string }
  | { readonly kind: "missing_key" };

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Reads the configuration from an env object such as `import.meta.env`. */
export function readBackendConfig(env: Readonly<Record<string, unknown>>): BackendConfig {
  const url = text(env.VITE_SUPABASE_URL);
  const key = text(env.VITE_SUPABASE_PUBLISHABLE_KEY) || text(env.VITE_SUPABASE_ANON_KEY);
  const problems: BackendConfigProblem[] = [];
  if (!url) problems.push({ kind: "missing_url" });
  else if (!isHttpUrl(url)) problems.push({ kind: "invalid_url", value: url });
  if (!key) problems.push({ kind: "missing_key" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, url, key };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
