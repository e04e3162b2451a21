// record_parcel_events(events): the only way to change parcels. Sends a plan's events (split into
// batches of 5,000, the database's limit) and reads the answers. While a batch is on its way its
// events sit in the parcel store's pending layer, so the map, the panel and the tools show them
// at once; each answer takes its event off the layer (an applied one moves the parcel's server
// state to the answer's version). The figures are refreshed once per send.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { refreshFiguresAfterSend } from "@/data/changes-feed";
import { addPendingEdits, settlePendingEdits } from "@/data/parcel-store";
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

/**
 * Sends one batch (at most 5,000 events) and returns its answers in input order; the outbox's
 * send (src/data/outbox/outbox.ts). Throws on network errors and refused calls.
 */
export async function sendBatch(events: readonly ParcelEvent[]): Promise<EventAnswer[]> {
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
 * Records the events, batch after batch, and returns all answers in input order; `onBatch` hears
 * each batch's answers as they come. If a batch fails, throws a RecordEventsError with the
 * answers so far; sending the same events again is safe (event ids make them idempotent:
 * recorded ones answer "duplicate").
 */
export async function recordParcelEvents(
  events: readonly ParcelEvent[],
  onBatch?: (batch: readonly ParcelEvent[], answers: readonly EventAnswer[]) => void,
): Promise<EventAnswer[]> {
  const answers: EventAnswer[] = [];
  for (const batch of chunk(events, MAX_EVENTS_PER_CALL)) {
    let batchAnswers: EventAnswer[];
    try {
      batchAnswers = await sendBatch(batch);
    } catch (error) {
      throw new RecordEventsError(error, answers);
    }
    answers.push(...batchAnswers);
    onBatch?.(batch, batchAnswers);
  }
  return answers;
}

/** Pairs a batch's answers with its events: in input order, or by event id where one names another. */
function answeredEvents(batch: readonly ParcelEvent[], answers: readonly EventAnswer[]) {
  const byId = new Map(batch.map((e) => [e.event_id, e]));
  return answers.flatMap((answer, index) => {
    const event = (answer.event_id !== null ? byId.get(answer.event_id) : undefined) ?? batch[index];
    return event ? [{ event, answer }] : [];
  });
}

/**
 * Sends a plan's events through the parcel store's pending layer and resolves to the classified
 * answers (applied, duplicate, conflict, denied, invalid). A call cut short throws a
 * RecordEventsError; what it answered before is settled, the rest leaves the pending layer.
 */
export async function sendPlan(plan: ActionPlan): Promise<BatchOutcome> {
  const events = plan.changes.map((c) => c.event);
  addPendingEdits(events);
  const settled = new Set<string>();
  try {
    const answers = await recordParcelEvents(events, (batch, batchAnswers) => {
      settlePendingEdits(answeredEvents(batch, batchAnswers));
      for (const e of batch) settled.add(e.event_id);
    });
    return classifyAnswers(plan.changes, answers);
  } finally {
    const left = events.filter((e) => !settled.has(e.event_id));
    if (left.length > 0) settlePendingEdits([], left);
  }
}

/**
 * Sends a plan's events (sendPlan); once answered, refreshes the figures a change moves, once:
 * the change feed does not fetch them again for the officer's own writes.
 */
export function useRecordParcelEvents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["record-parcel-events"],
    mutationFn: sendPlan,
    onSettled: (outcome, error) => {
      // A failed call may have applied some of its events before it failed.
      refreshFiguresAfterSend(queryClient, error !== null || (outcome?.counts.applied ?? 0) > 0);
    },
  });
}
