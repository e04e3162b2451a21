// record_parcel_events(events): the only way to change parcels. Sends a plan's events (split into
// batches of 5,000, the database's limit), reads the answers, patches the parcel cache with the
// applied changes so the map repaints at once, and refreshes the progress figures.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { patchParcels } from "@/data/parcel-cache";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ActionPlan, ParcelEvent } from "@/domain/parcel-actions";
import type { BatchOutcome, EventAnswer } from "@/domain/parcel-event-answers";
import { chunk } from "@/domain/parcel-actions";
import { MAX_EVENTS_PER_CALL } from "@/domain/limits";
import { classifyAnswers, EVENT_STATUSES } from "@/domain/parcel-event-answers";

const answersSchema = z.array(z.object({
  event_id: z.nullable(z.string()),
  status: z.enum(EVENT_STATUSES),
  version: z.nullable(count),
  code: z.string(),
  message: z.string(),
}));

/** A call failed part-way: `answered` holds the answers of the batches sent before it. */
export class RecordEventsError extends Error {
  readonly cause: unknown;
  readonly answered: readonly EventAnswer[];

  constructor(cause: unknown, answered: readonly EventAnswer[]) {
    super(cause instanceof Error ? cause.message : "record_parcel_events failed");
    this.name = "RecordEventsError";
    this.cause = cause;
    this.answered = answered;
  }
}

/** Sends one batch (at most 5,000 events) and returns its answers in input order. */
async function sendBatch(events: readonly ParcelEvent[]): Promise<EventAnswer[]> {
  const client = await supabase();
  const response = await client.rpc("record_parcel_events", { events });
  if (response.error) throw new ApiError("record_parcel_events", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  const answers = parseRows(answersSchema, data, "record_parcel_events");
  if (answers.length !== events.length) {
    throw new ApiError("record_parcel_events",
      { message: `expected ${events.length} answers, got ${answers.length}` }, response.status);
  }
  return answers;
}

/**
 * Records the events, batch after batch, and returns all answers in input order. If a batch
 * fails, throws a RecordEventsError with the answers so far; sending the same events again is
 * safe (event ids make them idempotent: recorded ones answer "duplicate").
 */
export async function recordParcelEvents(events: readonly ParcelEvent[]): Promise<EventAnswer[]> {
  const answers: EventAnswer[] = [];
  for (const batch of chunk(events, MAX_EVENTS_PER_CALL)) {
    try {
      answers.push(...await sendBatch(batch));
    } catch (error) {
      throw new RecordEventsError(error, answers);
    }
  }
  return answers;
}

/** Puts the applied changes in the parcel cache (the map, panel and tools repaint from it). */
function patchCache(outcome: BatchOutcome) {
  patchParcels(outcome.applied);
}

/**
 * Sends a plan's events; resolves to the classified answers (applied, duplicate, conflict,
 * denied, invalid). Patches the parcel cache with what was applied, also when a later batch
 * failed, and refreshes the progress summary afterwards.
 */
export function useRecordParcelEvents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["record-parcel-events"],
    mutationFn: async (plan: ActionPlan): Promise<BatchOutcome> => {
      try {
        const outcome = classifyAnswers(plan.changes, await recordParcelEvents(plan.changes.map((c) => c.event)));
        patchCache(outcome);
        return outcome;
      } catch (error) {
        if (error instanceof RecordEventsError) patchCache(classifyAnswers(plan.changes, error.answered));
        throw error;
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["progress-summary"] }),
  });
}
