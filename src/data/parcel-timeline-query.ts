// TEMPORARY stand-in with the contract's shape until helper/sql's module is merged (theirs replaces it).

import { useQuery } from "@tanstack/react-query";
import type { ParcelTimelineRow } from "@/domain/meeting-types";

export function useParcelTimeline(projectId: string | null, day: string | null) {
  return useQuery<ParcelTimelineRow[]>({ queryKey: ["parcel-timeline", projectId, day], queryFn: () => [], enabled: projectId !== null });
}

export function useParcelTimelineOf(parcelId: string | null, day: string | null) {
  return useQuery<ParcelTimelineRow[]>({ queryKey: ["parcel-timeline-of", parcelId, day], queryFn: () => [], enabled: parcelId !== null });
}
