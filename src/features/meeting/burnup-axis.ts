// The burn-up chart's date axis: ticks on the first of a month (every one, two, three or six
// months, whatever keeps them apart), or on days for a span under two months, labelled as
// Vietnamese write dates ("7/2024", "15/7") or in English ("Jul 2024", "15 Jul").

import type { Lang } from "@/domain/lang";
import { dayOfNumber } from "@/features/meeting/burnup-series";

const MONTH_STEPS = [1, 2, 3, 6, 12, 24];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function firstOfMonth(year: number, month0: number): number {
  return Math.round(Date.UTC(year, month0, 1) / 86_400_000);
}

/** The tick days (day numbers) between `start` and `end`, at most `maxTicks` of them. */
export function dateTicks(start: number, end: number, maxTicks: number): number[] {
  const limit = Math.max(maxTicks, 2);
  if (end - start < 60) {
    const step = Math.max(1, Math.ceil((end - start) / (limit - 1)));
    const ticks: number[] = [];
    for (let d = start; d <= end; d += step) ticks.push(d);
    return ticks;
  }
  const from = new Date(start * 86_400_000);
  const months = (end - start) / 30.44;
  const step = MONTH_STEPS.find((s) => Math.floor(months / s) + 1 <= limit) ?? Math.ceil(months / (limit - 1) / 12) * 12;
  // months counted from year 0, so that steps fall on January, April, July… whatever the span
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth() + (from.getUTCDate() === 1 ? 0 : 1);
  const ticks: number[] = [];
  for (let m = Math.ceil(first / step) * step; ; m += step) {
    const tick = firstOfMonth(Math.floor(m / 12), m % 12);
    if (tick > end) break;
    ticks.push(tick);
  }
  return ticks;
}

/** A tick's label: a month ("7/2024") for month ticks, else a day ("15/7"). */
export function dateTickLabel(n: number, lang: Lang, monthly: boolean): string {
  const [y, m, d] = dayOfNumber(n).split("-").map(Number) as [number, number, number];
  if (lang === "vi") return monthly ? `${m}/${y}` : `${d}/${m}`;
  return monthly ? `${EN_MONTHS[m - 1]} ${y}` : `${d} ${EN_MONTHS[m - 1]}`;
}

/** Whether a span's ticks are months (see dateTicks). */
export function isMonthly(start: number, end: number): boolean {
  return end - start >= 60;
}
