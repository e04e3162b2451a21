// The query keys of the households' data, under the signed-in user's scope (what a user sees
// depends on who they are): one prefix, so that a change invalidates them all at once.

import { USER_SCOPE } from "@/data/auth-session";

/** Every households query key starts with this. */
export const HOUSEHOLDS_KEY = "households";

export const householdKeys = {
  all: (userId: string) => [USER_SCOPE, userId, HOUSEHOLDS_KEY] as const,
  detail: (userId: string, partyId: string) => [USER_SCOPE, userId, HOUSEHOLDS_KEY, "detail", partyId] as const,
  search: (userId: string, query: string, limit: number) => [USER_SCOPE, userId, HOUSEHOLDS_KEY, "search", query, limit] as const,
  holders: (userId: string, parcelId: string) => [USER_SCOPE, userId, HOUSEHOLDS_KEY, "holders", parcelId] as const,
};
