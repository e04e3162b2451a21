// parcel_timeline(p_project_id | p_parcel_ids, p_at): each parcel's place in the procedure at the
// end of a day: its stage and since when, its blocker and since when, and the day of each
// recorded act, which the legal-deadline rules (src/domain/deadline-rules.ts) judge. Public
// fields only, the same for every user.

import { queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { isoDate, numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import { asOfInstant } from "@/domain/as-of-day";
import { RECORDED_ACTS } from "@/domain/deadline-rules";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import { STAGE_IDS } from "@/domain/stages";

/** The query key prefix of the timelines on any day. */
export const PARCEL_TIMELINE_KEY = ["parcel-timeline"] as const;
/** The key prefix of today's timelines, which the change feed refetches when parcels change. */
export const PARCEL_TIMELINE_TODAY_KEY = [...PARCEL_TIMELINE_KEY, "today"] as const;

const rowSchema = z.object({
  id: z.string(),
  project_id: z.string(),
  admin_unit_id: z.string(),
  map_sheet: z.string(),
  parcel_no: z.string(),
  land_type: z.string(),
  area_m2: numeric,
  stage: z.enum(STAGE_IDS),
  stage_since: z.nullable(timestamptz),
  blocked: z.boolean(),
  blocker_reason: z.nullable(z.string()),
  blocker_responsible: z.nullable(z.string()),
  blocked_since: z.nullable(timestamptz),
  // the database names only the acts it records; anything else would be a drift
  acts: z.partialRecord(z.enum(RECORDED_ACTS), isoDate),
  center_lon: numeric,
  center_lat: numeric,
});

/** Parses parcel_timeline rows. */
export function parseParcelTimeline(data: unknown): ParcelTimelineRow[] {
  return parseRows(z.array(rowSchema), data, "parcel_timeline").map((r) => ({
    id: r.id,
    projectId: r.project_id,
    adminUnitId: r.admin_unit_id,
    mapSheet: r.map_sheet,
    parcelNo: r.parcel_no,
    landType: r.land_type,
    areaM2: r.area_m2,
    stage: r.stage,
    stageSince: r.stage_since?.toISOString() ?? null,
    blocked: r.blocked,
    blockerReason: r.blocker_reason,
    blockerResponsible: r.blocker_responsible,
    blockedSince: r.blocked_since?.toISOString() ?? null,
    acts: r.acts,
    center: [r.center_lon, r.center_lat] as const,
  }));
}

/** Which parcels: one project's, or one parcel's. */
export type TimelineOf = { readonly projectId: string } | { readonly parcelId: string };

/** Fetches the timelines of `of` at the end of `day` in Hưng Yên, or now when `day` is null. */
export async function fetchParcelTimeline(of: TimelineOf, day: string | null, signal?: AbortSignal): Promise<ParcelTimelineRow[]> {
  const client = await supabase();
  const which = "projectId" in of ? { p_project_id: of.projectId } : { p_parcel_ids: [of.parcelId] };
  let request = client.rpc("parcel_timeline", day === null ? which : { ...which, p_at: asOfInstant(day) });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("parcel_timeline", response.error, response.status);
  return parseParcelTimeline(response.data as unknown); // untyped rpc: zod gives it its type
}

/** The query of the timelines of `of` (nothing while null) at the end of `day` (now when null). */
export function parcelTimelineQuery(of: TimelineOf | null, day: string | null) {
  const which = of === null ? null : "projectId" in of ? ["project", of.projectId] : ["parcel", of.parcelId];
  return queryOptions({
    queryKey: [...(day === null ? PARCEL_TIMELINE_TODAY_KEY : [...PARCEL_TIMELINE_KEY, day]), ...(which ?? ["none"])],
    queryFn: of === null ? skipToken : ({ signal }) => fetchParcelTimeline(of, day, signal),
  });
}

/** The parcels of one project (nothing while null) at the end of `day` (now when null). */
export function useParcelTimeline(projectId: string | null, day: string | null) {
  return useQuery(parcelTimelineQuery(projectId === null ? null : { projectId }, day));
}

/** One parcel's timeline (nothing while null) at the end of `day` (now when null): zero or one row. */
export function useParcelTimelineOf(parcelId: string | null, day: string | null) {
  return useQuery(parcelTimelineQuery(parcelId === null ? null : { parcelId }, day));
}
