// Building and sending parcel events the way a client does.
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";

export interface EventAnswer {
  event_id: string | null;
  status: "applied" | "duplicate" | "conflict" | "denied" | "invalid";
  version: number | null;
  code: string;
  message: string;
}

/** A well-formed event with a fresh id; `extra` adds or overrides fields. */
export function event(parcelId: string, expectedVersion: number, extra: Record<string, unknown> = {}) {
  return { event_id: randomUUID(), parcel_id: parcelId, expected_version: expectedVersion, ...extra };
}

/** Calls record_parcel_events and returns its answers; throws on an HTTP-level error. */
export async function record(client: SupabaseClient, events: unknown[]): Promise<EventAnswer[]> {
  const { data, error } = await client.rpc("record_parcel_events", { events });
  if (error) throw new Error(`record_parcel_events failed: ${error.message}`);
  return data as EventAnswer[];
}
