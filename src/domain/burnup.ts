// The burn-up of a target (issue 15): from target_burnup's daily points, the pace of the last 30
// days, the day the lower bound is reached at that pace, what is still needed per week to reach
// it by the deadline, and the projection line the chart draws. The pace and forecast follow
// target_progress's own rules (supabase/migrations/20261202090000_targets_as_documented.sql) so
// that the card and the server agree: the window is the last 30 days of the period up to the day
// measured (shorter when the period began later), and the forecast counts from that day. The
// status (met, at risk…) is the server's and is not decided here.

import { addDays, daysBefore } from "@/domain/act-date";
import type { BurnupPoint } from "@/domain/meeting-types";
import type { TargetProgress } from "@/domain/targets";

/** The days the pace is measured over (target_progress's window). */
export const PACE_WINDOW_DAYS = 30;
/** target_progress caps a forecast this far ahead; a pace that slow forecasts nothing useful. */
const FORECAST_CAP_DAYS = 36_500;
// Values are sums of decimals; a ratio that should be whole can land a hair above it.
const EPSILON = 1e-9;

/** The target's fields the burn-up reads. */
export type BurnupTarget = Pick<
  TargetProgress,
  "measure" | "periodStart" | "periodEnd" | "minValue" | "minExclusive" | "dueDate"
>;

/** What the burn-up says about a target on the day measured. */
export interface Burnup {
  /** The value at the end of the day measured (0 before the first point). */
  readonly current: number;
  /** The period has not begun on the day measured. */
  readonly notBegun: boolean;
  /** The period ended before the day measured: nothing after it counts. */
  readonly ended: boolean;
  /** Change per week over the pace window; null before the period or without a window. */
  readonly pacePerWeek: number | null;
  /** The day the lower bound is reached at that pace; null when reached, without pace, or after the period. */
  readonly forecastDate: string | null;
  /** The day the lower bound is due: the earlier of the due date and the period's end; null for neither. */
  readonly deadline: string | null;
  /** What is left to reach the lower bound; 0 once reached; null without a lower bound. */
  readonly remaining: number | null;
  /** Per week from the day measured to the deadline to reach the lower bound; null when reached, without deadline, or past it. */
  readonly neededPerWeek: number | null;
  /** The line at the current pace from the last measured day to the end of the chart (empty when none). */
  readonly projection: readonly BurnupPoint[];
  /** The days the chart spans: the period (or from the first point) to its end or the deadline. */
  readonly span: { readonly start: string; readonly end: string };
}

/** Days from `from` to `to` (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
  return daysBefore(from, to) ?? 0;
}

function earliest(...days: (string | null)[]): string | null {
  const known = days.filter((d): d is string => d !== null).sort();
  return known[0] ?? null;
}

function latest(...days: (string | null)[]): string | null {
  const known = days.filter((d): d is string => d !== null).sort();
  return known[known.length - 1] ?? null;
}

/**
 * The value at the end of `day` from points sorted by day: the last point on or before it, 0
 * before the first (a period's values count from its start; a cumulative target's from its
 * first event).
 */
export function valueOn(points: readonly BurnupPoint[], day: string): number {
  let value = 0;
  for (const p of points) {
    if (p.day > day) break;
    value = p.value;
  }
  return value;
}

/**
 * The change per week over the last PACE_WINDOW_DAYS days of the period up to `asOf` (the end
 * capped at the period's end, the start at the day before the period began); null before the
 * period begins. As target_progress's pace_per_week.
 */
export function burnupPace(target: BurnupTarget, points: readonly BurnupPoint[], asOf: string): number | null {
  if (target.periodStart !== null && asOf < target.periodStart) return null;
  const end = earliest(asOf, target.periodEnd) ?? asOf;
  const windowStart = latest(
    addDays(end, -PACE_WINDOW_DAYS),
    target.periodStart === null ? null : addDays(target.periodStart, -1),
  ) ?? end;
  const days = daysBetween(windowStart, end);
  if (days <= 0) return null;
  return (valueOn(points, end) - valueOn(points, windowStart)) / (days / 7);
}

/** Whether `value` reaches the lower bound ("trên" = more than: the bound itself does not count). */
function reachesMin(target: BurnupTarget, value: number): boolean {
  if (target.minValue === null) return true;
  return target.minExclusive ? value > target.minValue + EPSILON : value >= target.minValue - EPSILON;
}

/**
 * What is left to reach the lower bound. A count "trên 20" needs 21; an area "trên 300 ha" is
 * reached by any amount past 300, so the bound itself is what is left to reach.
 */
function remainingToMin(target: BurnupTarget, current: number): number | null {
  if (target.minValue === null) return null;
  if (reachesMin(target, current)) return 0;
  const goal = target.measure === "projects_started" && target.minExclusive
    ? Math.floor(target.minValue + EPSILON) + 1
    : target.minValue;
  return Math.max(goal - current, 0);
}

/** The burn-up of `target` on `asOf` ("YYYY-MM-DD") from its points (target_burnup's rows, by day). */
export function computeBurnup(target: BurnupTarget, points: readonly BurnupPoint[], asOf: string): Burnup {
  const sorted = [...points].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const notBegun = target.periodStart !== null && asOf < target.periodStart;
  const lastDay = notBegun ? null : earliest(asOf, target.periodEnd);
  const current = lastDay === null ? 0 : valueOn(sorted, lastDay);
  const pace = burnupPace(target, sorted, asOf);
  const remaining = remainingToMin(target, current);
  const ended = target.periodEnd !== null && asOf > target.periodEnd;

  let forecastDate: string | null = null;
  if (remaining !== null && remaining > 0 && target.minValue !== null && pace !== null && pace > 0 && !ended) {
    // as target_progress: from the lower bound itself, counted on from the day measured
    const days = Math.min(Math.ceil(((target.minValue - current) / pace) * 7 - EPSILON), FORECAST_CAP_DAYS);
    const reach = addDays(asOf, days);
    forecastDate = target.periodEnd !== null && reach > target.periodEnd ? null : reach;
  }

  const deadline = earliest(target.dueDate, target.periodEnd);
  let neededPerWeek: number | null = null;
  if (remaining !== null && remaining > 0 && deadline !== null) {
    // before the period, the whole amount is spread over the whole period
    const from = notBegun && target.periodStart !== null ? addDays(target.periodStart, -1) : asOf;
    const daysLeft = daysBetween(from, deadline);
    if (daysLeft > 0) neededPerWeek = remaining / (daysLeft / 7);
  }

  const start = target.periodStart ?? sorted[0]?.day ?? asOf;
  const spanEnd = latest(target.periodEnd ?? target.dueDate ?? forecastDate, lastDay, start) ?? start;
  const projection: BurnupPoint[] = [];
  if (lastDay !== null && pace !== null && remaining !== 0 && spanEnd > lastDay) {
    projection.push({ day: lastDay, value: current });
    projection.push({ day: spanEnd, value: current + (pace * daysBetween(lastDay, spanEnd)) / 7 });
  }

  return {
    current, notBegun, ended, pacePerWeek: pace, forecastDate, deadline,
    remaining, neededPerWeek, projection, span: { start, end: spanEnd },
  };
}
