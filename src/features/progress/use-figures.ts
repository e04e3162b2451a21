// The figures the panel shows: today's, live (progress_summary, target_progress for today), or
// those at the end of the day chosen above the panel (progress_as_of, target_progress of that
// day). Every part of the panel asks through these hooks, so the whole panel shows one day.

import type { ProgressGroupBy } from "@/data/progress-summary-query";
import { useProgressAsOf } from "@/data/progress-as-of-query";
import { useProgressSummary } from "@/data/progress-summary-query";
import { useTargetProgress } from "@/data/target-progress-query";
import { useMapState } from "@/state/map-state";

/** The day the panel's figures are of ("YYYY-MM-DD"), or null for today's live figures. */
export function useFiguresDay(): string | null {
  return useMapState((s) => s.figuresDay);
}

/** The figures grouped by `groupBy`, on the panel's day. */
export function useProgressFigures(groupBy: ProgressGroupBy, { enabled = true }: { enabled?: boolean } = {}) {
  const day = useFiguresDay();
  const live = useProgressSummary(groupBy, { enabled: enabled && day === null });
  const past = useProgressAsOf(groupBy, day, { enabled });
  return day === null ? live : past;
}

/** Every target as target_progress measured it on the panel's day. */
export function useTargetFigures() {
  return useTargetProgress(useFiguresDay() ?? undefined);
}
