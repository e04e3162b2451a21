// The burn-up chart's data in uPlot's aligned form: one x per day (days since 1970-01-01, so
// that no time zone moves a day across midnight) and, for each x, the actual value, the
// projection at the current pace, and the band's bounds. A share (0..1) is charted in percent.

import type { Burnup } from "@/domain/burnup";
import type { BurnupPoint } from "@/domain/meeting-types";
import type { TargetProgress } from "@/domain/targets";

const DAY_MS = 86_400_000;

/** A "YYYY-MM-DD" day as a day number (days since 1970-01-01). */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** A day number back to "YYYY-MM-DD". */
export function dayOfNumber(n: number): string {
  return new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);
}

/** The series of one chart, aligned on `x`: [x, actual, projection, min, max]. */
export interface BurnupSeries {
  readonly x: number[];
  readonly actual: (number | null)[];
  readonly projection: (number | null)[];
  readonly min: (number | null)[];
  readonly max: (number | null)[];
  /** Whether the band has a lower and an upper bound to draw. */
  readonly hasMin: boolean;
  readonly hasMax: boolean;
}

type Band = Pick<TargetProgress, "measure" | "minValue" | "maxValue">;

/** The factor from the measure's unit to the chart's: percent for a share. */
export function chartScale(measure: TargetProgress["measure"]): number {
  return measure === "cleared_share" ? 100 : 1;
}

/** The aligned series of a target's burn-up over its span. */
export function burnupSeries(target: Band, points: readonly BurnupPoint[], burnup: Burnup): BurnupSeries {
  const k = chartScale(target.measure);
  const start = dayNumber(burnup.span.start);
  const end = dayNumber(burnup.span.end);
  const actualAt = new Map<number, number>();
  for (const p of points) actualAt.set(dayNumber(p.day), p.value * k);
  const projectionAt = new Map<number, number>();
  for (const p of burnup.projection) projectionAt.set(dayNumber(p.day), p.value * k);
  const days = new Set<number>([start, end, ...actualAt.keys(), ...projectionAt.keys()]);
  const x = [...days].filter((d) => d >= start && d <= end).sort((a, b) => a - b);
  const min = target.minValue === null ? null : target.minValue * k;
  const max = target.maxValue === null ? null : target.maxValue * k;
  return {
    x,
    actual: x.map((d) => actualAt.get(d) ?? null),
    projection: x.map((d) => projectionAt.get(d) ?? null),
    min: x.map(() => min),
    max: x.map(() => max),
    hasMin: min !== null,
    hasMax: max !== null,
  };
}
