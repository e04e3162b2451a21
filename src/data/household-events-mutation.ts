// record_household_events(events): the only way to change a household's record. Sends the
// events (each decided alone by the server) and reads the answers in the order sent; then every
// households query of the user is refetched, since a change may show in several of them.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SupabaseClient } from "@supabase/supabase-js";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { householdKeys } from "@/data/household-keys";
import { parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdAnswer, HouseholdEvent } from "@/domain/household-types";

const answersSchema = z.array(z.object({
  event_id: z.nullable(z.string()),
  status: z.enum(["applied", "duplicate", "denied", "conflict", "invalid"]),
  code: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
  version: z.optional(z.nullable(z.number())),
}));

/** The event as the function takes it (snake_case). */
function wireEvent(e: HouseholdEvent): Record<string, unknown> {
  return {
    event_id: e.eventId, kind: e.kind, id: e.id,
    ...(e.expectedVersion !== undefined ? { expected_version: e.expectedVersion } : {}),
    ...(e.occurredAt !== undefined ? { occurred_at: e.occurredAt } : {}),
    ...(e.data !== undefined ? { data: e.data } : {}),
  };
}

/** Sends the events and returns the answers in input order. */
export async function recordHouseholdEvents(client: SupabaseClient, events: readonly HouseholdEvent[]): Promise<HouseholdAnswer[]> {
  const response = await client.rpc("record_household_events", { events: events.map(wireEvent) });
  if (response.error) throw new ApiError("record_household_events", response.error, response.status);
  const data: unknown = response.data;
  return parseRows(answersSchema, data, "record_household_events").map((a, i) => ({
    eventId: a.event_id ?? events[i]?.eventId ?? "", status: a.status, code: a.code ?? null, message: a.message ?? null, version: a.version ?? null,
  }));
}

/** Sends events; once answered (or failed: some may have been applied), refetches the user's households queries. */
export function useRecordHouseholdEvents() {
  const queryClient = useQueryClient();
  const user = useSignedInUser();
  return useMutation({
    mutationKey: ["record-household-events"],
    mutationFn: async (events: readonly HouseholdEvent[]) => recordHouseholdEvents(await supabase(), events),
    onSettled: () => queryClient.invalidateQueries({ queryKey: householdKeys.all(user?.id ?? "anon") }),
  });
}
