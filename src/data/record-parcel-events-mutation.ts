// record_parcel_events(events): the only way to change parcels, called by the outbox's sender
// (src/data/outbox/outbox.ts), which keeps the events, their pending layer and their answers.

import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { ParcelEvent } from "@/domain/parcel-actions";
import type { EventAnswer } from "@/domain/parcel-event-answers";
import { EVENT_STATUSES } from "@/domain/parcel-event-answers";

const answersSchema = z.array(z.object({
  event_id: z.nullable(z.string()),
  status: z.enum(EVENT_STATUSES),
  version: z.nullable(count),
  code: z.string(),
  message: z.string(),
}));

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
