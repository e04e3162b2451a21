// TEMPORARY stand-in on branch helper/targets for the sql helper's module of the same name
// (issue 15 contract): replaced by theirs when helper/sql is merged. Answers nothing.

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ProjectReportRow } from "@/domain/meeting-types";

export function useProjectReport(day: string | null) {
  return useQuery(queryOptions({ queryKey: ["project-report", day ?? "today"], queryFn: (): Promise<ProjectReportRow[]> => Promise.resolve([]) }));
}
