// The parcel timelines (parcel_timeline, one request per project) of the projects a list needs,
// joined: the blocker and deadline lists read every parcel of those projects on the day.

import { useQueries } from "@tanstack/react-query";
import { parcelTimelineQuery } from "@/data/parcel-timeline-query";
import type { ParcelTimelineRow } from "@/domain/meeting-types";

/** The parcels of `projectIds` on `day`, and how the loading went. */
export interface Timelines {
  readonly rows: readonly ParcelTimelineRow[];
  readonly isPending: boolean;
  readonly error: Error | null;
  readonly refetch: () => void;
}

export function useTimelines(projectIds: readonly string[], day: string | null): Timelines {
  return useQueries({
    queries: projectIds.map((projectId) => parcelTimelineQuery({ projectId }, day)),
    combine: (results) => ({
      rows: results.flatMap((r) => r.data ?? []),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
}
