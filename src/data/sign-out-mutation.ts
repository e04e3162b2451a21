// Sign-out: ends the session on the server and in this browser, and forgets the user's data.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { USER_SCOPE } from "@/data/auth-session";
import { forgetAccess } from "@/data/offline-copy/offline-copy";
import { supabase } from "@/data/supabase-client";

/** Signs out. supabase-js clears the local session even when the server cannot be reached. */
export async function signOut(): Promise<void> {
  const client = await supabase();
  const { error } = await client.auth.signOut();
  // A failed server call still leaves this browser signed out; nothing more to do.
  if (error) console.warn("Sign-out: the server was not told:", error.message);
}

/**
 * The sign-out mutation; removes every cached query scoped to the user, and the device's offline
 * copy of the user's access (a shared phone must not open as the last officer offline).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries({ queryKey: [USER_SCOPE] });
      forgetAccess();
    },
  });
}
