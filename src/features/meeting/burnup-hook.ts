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
  readonly burnup: Burnup | null;
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
  const burnup = useMemo(() => (points ? computeBurnup(target, points, asOf) : null), [target, points, asOf]);
  return { points, burnup, query };
}
