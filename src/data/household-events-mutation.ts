// record_household_events(events): the only way to change a household's record, a compensation
// plan or a project item. Each event carries a client-made event id: sending the same events
// again (after a dropped answer) is safe, the recorded ones answer "duplicate". Events are sent
// in batches of at most 500 (the database's limit) and answered in the order sent.

import type { SupabaseClient } from "@supabase/supabase-js";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { HOUSEHOLD_FIGURES_KEY, HOUSEHOLDS_KEY } from "@/data/household-keys";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdAnswer, HouseholdEvent } from "@/domain/household-types";
import { MAX_HOUSEHOLD_EVENTS_PER_CALL } from "@/domain/household-types";

const STATUSES = ["applied", "duplicate", "denied", "conflict", "invalid"] as const;

const answersSchema = z.array(z.object({
  event_id: z.nullable(z.string()),
  status: z.enum(STATUSES),
  code: z.nullable(z.string()),
  message: z.nullable(z.string()),
  version: z.nullable(count),
}));

/** An event as the API takes it (snake_case; absent fields left out, not sent as null). */
function wireEvent(e: HouseholdEvent): Record<string, unknown> {
  return {
    event_id: e.eventId,
    kind: e.kind,
    id: e.id,
    ...(e.expectedVersion !== undefined ? { expected_version: e.expectedVersion } : {}),
    ...(e.occurredAt !== undefined ? { occurred_at: e.occurredAt } : {}),
    ...(e.data !== undefined ? { data: e.data } : {}),
  };
}

/** Parses the answers of one call; `sent` is the number of events sent. */
export function parseHouseholdAnswers(data: unknown, sent: number): HouseholdAnswer[] {
  const answers = parseRows(answersSchema, data, "record_household_events");
  if (answers.length !== sent) {
    throw new ApiError("record_household_events", { message: `expected ${sent} answers, got ${answers.length}` }, 200);
  }
  return answers.map((a) => ({
    // an event too malformed to read its id is answered without one: its place in the order tells it
    eventId: a.event_id ?? "",
    status: a.status,
    code: a.status === "applied" ? null : a.code,
    message: a.status === "applied" ? null : a.message,
    version: a.version,
  }));
}

/**
 * Records the events with `client` and returns one answer per event, in the order sent. A call
 * that fails throws an ApiError; sending the same events again is safe.
 */
export async function recordHouseholdEvents(client: SupabaseClient,
  events: readonly HouseholdEvent[]): Promise<HouseholdAnswer[]> {
  const answers: HouseholdAnswer[] = [];
  for (let from = 0; from < events.length; from += MAX_HOUSEHOLD_EVENTS_PER_CALL) {
    const batch = events.slice(from, from + MAX_HOUSEHOLD_EVENTS_PER_CALL);
    const response = await client.rpc("record_household_events", { events: batch.map(wireEvent) });
    if (response.error) throw new ApiError("record_household_events", response.error, response.status);
    answers.push(...parseHouseholdAnswers(response.data as unknown, batch.length)); // untyped rpc: zod gives it its type
  }
  return answers;
}

/**
 * Sends household events with the app's client; once answered (or failed, which may follow
 * applied events), refetches every household query and the households' figures.
 */
export function useRecordHouseholdEvents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["record-household-events"],
    mutationFn: async (events: readonly HouseholdEvent[]) => recordHouseholdEvents(await supabase(), events),
    onSettled: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: HOUSEHOLDS_KEY }),
      queryClient.invalidateQueries({ queryKey: HOUSEHOLD_FIGURES_KEY }),
    ]),
  });
}
