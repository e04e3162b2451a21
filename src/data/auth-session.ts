// The signed-in session, kept in step with supabase-js: the stored session is announced by
// onAuthStateChange (INITIAL_SESSION) and every sign-in, sign-out and token refresh after it.

import { useSyncExternalStore } from "react";
import type { AuthChangeEvent, Session } from "@supabase/supabase-js";
import { deviceKeyUserChanged } from "@/data/outbox/device-key";
import { hasStoredSession, readStoredSession } from "@/data/stored-session";
import { supabase } from "@/data/supabase-client";

/** The session as the UI sees it: unknown until supabase-js has read a session it keeps. */
export type AuthSessionState =
  | { readonly status: "loading"; readonly session: null }
  | { readonly status: "ready"; readonly session: Session | null };

/** The signed-in user's id and email, or null for the public (anon) view. */
export interface SignedInUser {
  readonly id: string;
  readonly email: string | null;
}

// Without a kept session the visitor is a guest from the start (supabase-js, loaded later, can
// only confirm it); with one, the session is unknown until supabase-js has read and checked it.
let state: AuthSessionState = hasStoredSession() ? { status: "loading", session: null } : { status: "ready", session: null };
const listeners = new Set<() => void>();
let started = false;

function publish(next: AuthSessionState) {
  state = next;
  for (const listener of listeners) listener();
}

function start() {
  if (started) return;
  started = true;
  supabase().then(
    ({ auth }) => {
      auth.onAuthStateChange((event, session) => {
        publish({ status: "ready", session: session ?? keptOffline(event) });
        // the outbox's signing key is fetched while a user is signed in and online
        deviceKeyUserChanged(session?.user.id ?? null);
      });
      // INITIAL_SESSION normally arrives first; getSession settles the state should it not.
      return auth.getSession().then(({ data }) => {
        if (state.status === "loading") publish({ status: "ready", session: data.session });
      });
    },
  ).catch(() => {
    // no client (configuration error screen) or no stored session to read: signed out
    if (state.status === "loading") publish({ status: "ready", session: null });
  });
}

/**
 * A returning officer offline whose access token expired: supabase-js could not refresh it (no
 * network), keeps the session in storage and reports none (INITIAL_SESSION null). The kept session
 * stands meanwhile, so the officer stays signed in and works from the offline copy; requests wait
 * for the network, where supabase-js refreshes the token (TOKEN_REFRESHED) or, if the server
 * refuses it, removes the session (SIGNED_OUT).
 */
function keptOffline(event: AuthChangeEvent): Session | null {
  if (event !== "INITIAL_SESSION" || !hasStoredSession()) return null;
  const kept = readStoredSession();
  const user = (kept as { user?: { id?: unknown } } | null)?.user;
  return typeof user?.id === "string" ? (kept as Session) : null;
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): AuthSessionState {
  return state;
}

/** The current session state; re-renders on every auth change. */
export function useAuthSession(): AuthSessionState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** The signed-in user, or null when signed out or not yet known. */
export function useSignedInUser(): SignedInUser | null {
  const { session } = useAuthSession();
  if (!session) return null;
  return { id: session.user.id, email: session.user.email ?? null };
}

/** Query key prefix for data that depends on who is signed in; removed on sign-out. */
export const USER_SCOPE = "user";
