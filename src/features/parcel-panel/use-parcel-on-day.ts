// The parcel as the panel shows it on the map's day: today's parcel from the parcel store, or on
// a past day the same parcel with its stage and blocker as they stood at the end of that day
// (that day's tiles, else its timeline row); and its timeline row, for its deadline flags.

import { useParcelAsOf } from "@/data/parcels-as-of-query";
import { useParcelTimelineOf } from "@/data/parcel-timeline-query";
import { dayInVietnam } from "@/domain/clock";
import type { Parcel } from "@/domain/parcel";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import { useMapState } from "@/state/map-state";

/** What the panel shows of a parcel on the map's day. */
export interface ParcelOnDay {
  /** Null for today. */
  readonly pastDay: string | null;
  /** The day the flags are judged on (today, or the past day). */
  readonly day: string;
  /** The parcel with the day's state; undefined while the day's state is not known yet. */
  readonly parcel: Parcel | undefined;
  /** The parcel's timeline row on the day; undefined while loading, null when there is none. */
  readonly timeline: ParcelTimelineRow | null | undefined;
  readonly timelineLoading: boolean;
  readonly timelineFailed: boolean;
}

/** `today` (the store's parcel) as it stood on the map's day. */
export function useParcelOnDay(parcelId: string, today: Parcel | undefined): ParcelOnDay {
  const pastDay = useMapState((s) => s.figuresDay);
  const fromTiles = useParcelAsOf(parcelId, pastDay);
  const timeline = useParcelTimelineOf(parcelId, pastDay);
  const row = timeline.data ? (timeline.data.find((r) => r.id === parcelId) ?? null) : undefined;
  let parcel = today;
  if (pastDay !== null && today) {
    const then = fromTiles ?? (row ? { stage: row.stage, blocked: row.blocked, blockerReason: row.blockerReason, blockerResponsible: row.blockerResponsible } : null);
    parcel = then
      ? { ...today, stage: then.stage, blocked: then.blocked, blockerReason: then.blockerReason, blockerResponsible: then.blockerResponsible }
      : undefined;
  }
  return {
    pastDay, day: pastDay ?? dayInVietnam(new Date()), parcel, timeline: row,
    timelineLoading: timeline.isFetching, timelineFailed: timeline.isError,
  };
}
