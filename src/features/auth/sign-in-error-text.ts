// The message shown for each way sign-in can fail.

import type { SignInFailure } from "@/data/sign-in-mutation";
import { SignInError } from "@/data/sign-in-mutation";

type SignInErrorKey =
  | "auth.errorInvalidCredentials"
  | "auth.errorNetwork"
  | "auth.errorRateLimited"
  | "auth.errorUnknown";

const KEYS: Record<SignInFailure, SignInErrorKey> = {
  invalid_credentials: "auth.errorInvalidCredentials",
  network: "auth.errorNetwork",
  rate_limited: "auth.errorRateLimited",
  unknown: "auth.errorUnknown",
};

/** The translation key explaining a failed sign-in. */
export function signInErrorKey(error: unknown): SignInErrorKey {
  return error instanceof SignInError ? KEYS[error.reason] : KEYS.unknown;
}
