// supabase-js clients as the app would make them: anon, or signed in with a password.
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { API_URL, PUBLISHABLE_KEY } from "./env";

export const PASSWORD = "gpmb-test-2024";

/** A client with no session: the public. */
export function anonClient(): SupabaseClient {
  return createClient(API_URL, PUBLISHABLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

/** A client signed in as `email` (password PASSWORD). */
export async function signedIn(email: string): Promise<SupabaseClient> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

/** POSTs a raw body to an RPC endpoint, for malformed input that supabase-js cannot send. */
export async function rawRpc(name: string, body: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${API_URL}/rest/v1/rpc/${name}`, {
    method: "POST",
    headers: { apikey: PUBLISHABLE_KEY, "content-type": "application/json" },
    body,
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}
