// parcel_history(): a parcel's events, newest first. The note and who recorded an event come
// only to those allowed to see the parcel's personal data; others get nulls.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { USER_SCOPE, useSignedInUser } from "@/data/auth-session";
import { count, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { StageId } from "@/domain/stages";
import { STAGE_IDS } from "@/domain/stages";

/** One recorded change of a parcel. */
export interface ParcelHistoryEvent {
  readonly eventId: string;
  readonly fromStage: StageId;
  readonly toStage: StageId;
  readonly blocked: boolean;
  readonly blockerReason: string | null;
  readonly blockerResponsible: string | null;
  /** Null unless the caller may see personal data. */
  readonly note: string | null;
  readonly actorEmail: string | null;
  readonly version: number;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
}

const rowSchema = z.object({
  event_id: z.string(),
  from_stage: z.enum(STAGE_IDS),
  to_stage: z.enum(STAGE_IDS),
  blocked: z.boolean(),
  blocker_reason: z.nullable(z.string()),
  blocker_responsible: z.nullable(z.string()),
  note: z.nullable(z.string()),
  actor_email: z.nullable(z.string()),
  version: count,
  occurred_at: timestamptz,
  recorded_at: timestamptz,
});

/** Fetches a parcel's history, newest first. */
export async function fetchParcelHistory(parcelId: string, signal?: AbortSignal): Promise<ParcelHistoryEvent[]> {
  const client = await supabase();
  let request = client.rpc("parcel_history", { p_parcel_id: parcelId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcel_history", response.error, response.status);
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  return parseRows(z.array(rowSchema), data, "parcel_history").map((r) => ({
    eventId: r.event_id,
    fromStage: r.from_stage,
    toStage: r.to_stage,
    blocked: r.blocked,
    blockerReason: r.blocker_reason,
    blockerResponsible: r.blocker_responsible,
    note: r.note,
    actorEmail: r.actor_email,
    version: r.version,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
  }));
}

/** A parcel's history; refetched when the parcel's version or the signed-in user changes. */
export function useParcelHistory(parcelId: string | null, version: number | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: [USER_SCOPE, user?.id ?? "anon", "parcel-history", parcelId, version],
    queryFn: ({ signal }) => fetchParcelHistory(parcelId as string, signal),
    enabled: parcelId !== null,
  });
}
