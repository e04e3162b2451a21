// How a target and its actual figure read: "300–500 ha", "≥ 100 %", "≤ 12 dự án".
// cleared_share bounds are fractions (1.0 = 100 %), as stored in the database.

import type { Lang } from "@/domain/lang";
import { formatCount, formatHa, formatNumber, formatPercent } from "@/domain/format";
import type { Target, TargetMeasure } from "@/domain/targets";

function digits(value: number): number {
  return Number.isInteger(value) ? 0 : 1;
}

/** The number a bound is written with: shares (fractions) are written in percent. */
function shown(measure: TargetMeasure, value: number): number {
  return measure === "cleared_share" ? Math.round(value * 100 * 1e6) / 1e6 : value;
}

/** Formats a value in a measure's unit (a share as a percentage); `projectsUnit` names projects. */
export function formatMeasureValue(measure: TargetMeasure, value: number, lang: Lang, projectsUnit: string): string {
  switch (measure) {
    case "cleared_area_ha":
    case "infrastructure_area_ha":
      return formatHa(value, lang, digits(value));
    case "cleared_share":
      return formatPercent(value, lang, digits(shown(measure, value)));
    case "projects_started":
      return `${formatCount(value, lang)}\u00a0${projectsUnit}`;
  }
}

/** The target's range: "300–500 ha" with both bounds, "≥ 100 %" or "≤ 12 dự án" with one. */
export function formatTargetRange(target: Target, lang: Lang, projectsUnit: string): string {
  const full = (v: number) => formatMeasureValue(target.measure, v, lang, projectsUnit);
  if (target.min !== null && target.max !== null) {
    if (target.min === target.max) return full(target.min);
    const min = shown(target.measure, target.min);
    return `${formatNumber(min, lang, digits(min))}–${full(target.max)}`;
  }
  if (target.min !== null) return `≥\u00a0${full(target.min)}`;
  if (target.max !== null) return `≤\u00a0${full(target.max)}`;
  return "";
}
