// The query keys of households' data. Personal data sits inside the signed-in user's scope, so a
// sign-out drops it with the rest of that user's data; a recorded change invalidates every key
// below HOUSEHOLDS_KEY and HOUSEHOLD_FIGURES_KEY (the counts and sums that a change moves).

import { USER_SCOPE } from "@/data/auth-session";

/** Every household query of the signed-in user (detail, holders, search, project items). */
export const HOUSEHOLDS_KEY = [USER_SCOPE, "households"] as const;

/** The households' figures (household_progress, household_deadlines), public or not. */
export const HOUSEHOLD_FIGURES_KEY = ["household-figures"] as const;

export function householdDetailKey(userId: string, partyId: string) {
  return [...HOUSEHOLDS_KEY, userId, "detail", partyId] as const;
}

export function parcelHoldersKey(userId: string, parcelId: string) {
  return [...HOUSEHOLDS_KEY, userId, "parcel-holders", parcelId] as const;
}

export function householdSearchKey(userId: string, query: string, limit: number) {
  return [...HOUSEHOLDS_KEY, userId, "search", query, limit] as const;
}

/** `day` null: today. */
export function projectItemsKey(userId: string, projectId: string, day: string | null) {
  return [...HOUSEHOLDS_KEY, userId, "project-items", projectId, day ?? "today"] as const;
}
