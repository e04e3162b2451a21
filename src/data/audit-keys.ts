// Query keys of the audit pages, under the signed-in user's scope: a revert refreshes them all.

import { USER_SCOPE } from "@/data/auth-session";

/** The prefix every audit query key starts with, for `userId` ("anon" when nobody is signed in). */
export function auditKey(userId: string | null, ...rest: readonly unknown[]): readonly unknown[] {
  return [USER_SCOPE, userId ?? "anon", "audit", ...rest];
}
