// A target's burn-up on the report's day: its points from target_burnup and what they say
// (src/domain/burnup.ts). The day measured is the report's day, or today in Hưng Yên.

import { useMemo } from "react";
import { useTargetBurnup } from "@/data/target-burnup-query";
import type { Burnup } from "@/domain/burnup";
import { computeBurnup } from "@/domain/burnup";
import { dayInVietnam } from "@/domain/clock";
import type { BurnupPoint } from "@/domain/meeting-types";
import type { TargetProgress } from "@/domain/targets";

export interface BurnupState {
  readonly points: readonly BurnupPoint[] | undefined;
  /** What the points say; null while they load or when they stop short (see `cutAt`). */
  readonly burnup: Burnup | null;
  /**
   * The last day the points reach when they stop before the day measured (the API caps the rows
   * of an answer, and a cumulative target of several years has more days than that): the card
   * then shows target_progress's own pace and forecast, and says where the chart stops.
   */
  readonly cutAt: string | null;
  /** What the chart draws: the points' burn-up, without a projection from points that stop short. */
  readonly chart: Burnup | null;
  readonly query: ReturnType<typeof useTargetBurnup>;
}

/** The day a report measures: `day`, or today in Hưng Yên for the live figures. */
export function measuredDay(day: string | null): string {
  return day ?? dayInVietnam(new Date());
}

export function useBurnup(target: TargetProgress, day: string | null): BurnupState {
  const query = useTargetBurnup(target.id, day);
  const points = query.data;
  const asOf = measuredDay(day);
  const cutAt = useMemo(() => {
    const last = points?.[points.length - 1];
    const end = target.periodEnd !== null && target.periodEnd < asOf ? target.periodEnd : asOf;
    return last && last.day < end ? last.day : null;
  }, [points, target.periodEnd, asOf]);
  const chart = useMemo(() => {
    if (!points) return null;
    const computed = computeBurnup(target, points, asOf);
    return cutAt === null ? computed : { ...computed, projection: [] };
  }, [target, points, asOf, cutAt]);
  return { points, burnup: cutAt === null ? chart : null, cutAt, chart, query };
}
