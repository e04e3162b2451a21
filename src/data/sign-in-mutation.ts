// Email and password sign-in. Failures are classified so the form can explain them.

import { useMutation } from "@tanstack/react-query";
import { supabase } from "@/data/supabase-client";

/** Why a sign-in failed. */
export type SignInFailure = "invalid_credentials" | "network" | "rate_limited" | "unknown";

/** A failed sign-in with its reason; the message is the server's, for the technical details. */
export class SignInError extends Error {
  readonly reason: SignInFailure;

  constructor(reason: SignInFailure, message: string) {
    super(message);
    this.name = "SignInError";
    this.reason = reason;
  }
}

/** What the user typed. */
export interface SignInInput {
  readonly email: string;
  readonly password: string;
}

async function classify(error: unknown): Promise<SignInFailure> {
  // supabase-js is loaded on first use (src/data/supabase-client.ts), its error checks with it;
  // if it cannot be loaded, the network is the problem
  const checks = await import("@supabase/supabase-js").catch(() => null);
  if (!checks) return "network";
  const { isAuthApiError, isAuthRetryableFetchError } = checks;
  if (isAuthRetryableFetchError(error)) return "network";
  if (isAuthApiError(error)) {
    if (error.code === "invalid_credentials" || error.status === 400) return "invalid_credentials";
    if (error.status === 429 || error.code === "over_request_rate_limit") return "rate_limited";
  }
  if (error instanceof TypeError) return "network";
  return "unknown";
}

/** Signs in; throws a SignInError on failure. */
export async function signIn({ email, password }: SignInInput): Promise<void> {
  let error: unknown;
  try {
    const client = await supabase();
    ({ error } = await client.auth.signInWithPassword({ email: email.trim(), password }));
  } catch (thrown) {
    error = thrown;
  }
  if (!error) return;
  const reason = await classify(error);
  throw new SignInError(reason, error instanceof Error ? error.message : "sign-in failed");
}

/**
 * The sign-in mutation; the session hook picks up the new session by itself. `onSignedIn` is
 * given here rather than to `mutate` because the form that calls `mutate` is replaced as soon
 * as the session arrives, and TanStack Query skips `mutate` callbacks of unmounted callers.
 */
export function useSignIn(onSignedIn?: () => void) {
  return useMutation({ mutationFn: signIn, onSuccess: onSignedIn });
}
