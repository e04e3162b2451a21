// TEMPORARY stand-in on branch helper/targets for the sql helper's module of the same name
// (issue 15 contract): replaced by theirs when helper/sql is merged. Answers nothing.

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ParcelTimelineRow } from "@/domain/meeting-types";

export function useParcelTimeline(projectId: string, day: string | null) {
  return useQuery(queryOptions({ queryKey: ["parcel-timeline", projectId, day ?? "today"], queryFn: (): Promise<ParcelTimelineRow[]> => Promise.resolve([]) }));
}
