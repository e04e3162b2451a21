// supabase-js signed in as the demo admin, against the dev server's API, for tests that change
// data the way an admin may (RLS decides, as for the app). Tests that change shared demo data
// put it back afterwards: the e2e files of one run share the database.
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../supabase/seed/demo-accounts";
import { APP_URL } from "./browser";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";

/** Realtime is not used here, and Node 20 has no WebSocket without a flag the e2e runner does not set. */
class NoRealtime {
  constructor() {
    throw new Error("no Realtime in browser tests' API clients");
  }
}

/** A client signed in as a demo account (admin@gpmb.local unless another is named). */
export async function adminClient(email: string = DEMO_ACCOUNTS.admin.email): Promise<SupabaseClient> {
  const client = createClient(APP_URL, KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: NoRealtime as never },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}
