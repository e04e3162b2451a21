// How the meeting view words a target's figures: a value in the measure's unit ("267,7 ha",
// "95,3 %", "24 cụm"), the band ("300–500 ha", "trên 20 cụm": more than) and a pace per week.
// The wording keys are the progress panel's (`targets.*` in vi.ts/en.ts), so both pages say a
// band the same way; the panel's own helpers live in its feature, which this one may not import.

import type { TFunction } from "i18next";
import type { Lang } from "@/domain/lang";
import { formatHa, formatNumber, formatPercent } from "@/domain/format";
import type { TargetProgress } from "@/domain/targets";

/** The texts and language to word targets in. */
export interface Words {
  readonly t: TFunction;
  readonly lang: Lang;
}

const NBSP = "\u00a0";

type Measured = Pick<TargetProgress, "measure" | "scopeKind">;
type Bounds = Measured & Pick<TargetProgress, "minValue" | "maxValue" | "minExclusive" | "maxExclusive">;

/** What a count counts: "cụm" for clusters ("trên 20 cụm"), "khu" for parks, else "dự án". */
export function countUnit(target: Pick<TargetProgress, "scopeKind">, t: TFunction): string {
  if (target.scopeKind === "industrial_cluster" || target.scopeKind === "industrial_park") {
    return t(`targets.unit.${target.scopeKind}`);
  }
  return t("targets.unit.projects");
}

/** The unit of the chart's y axis. */
export function chartUnit(target: Measured, t: TFunction): string {
  if (target.measure === "cleared_share") return "%";
  if (target.measure === "projects_started") return countUnit(target, t);
  return "ha";
}

/** `value` in the measure's unit with `digits` decimals (default: the measure's own). */
export function targetValue(target: Measured, value: number, { t, lang }: Words, digits?: number): string {
  switch (target.measure) {
    case "cleared_area_ha":
    case "infrastructure_area_ha":
      return formatHa(value, lang, digits ?? 1);
    case "cleared_share":
      return formatPercent(value, lang, digits ?? 1);
    case "projects_started":
      return `${formatNumber(value, lang, digits ?? 0)}${NBSP}${countUnit(target, t)}`;
  }
}

/** A bound as the document writes it: whole numbers bare, one decimal otherwise. */
function boundDigits(shown: number): number {
  return Number.isInteger(Math.round(shown * 1e6) / 1e6) ? 0 : 1;
}

/** The band in words: "300–500 ha", "trên 20 cụm", "ít nhất 200 ha"; "" without bounds. */
export function targetBand(target: Bounds, words: Words): string {
  const { t, lang } = words;
  const { minValue: min, maxValue: max } = target;
  const shown = (v: number) => (target.measure === "cleared_share" ? Math.round(v * 100 * 1e6) / 1e6 : v);
  const full = (v: number) => targetValue(target, v, words, boundDigits(shown(v)));
  const bare = (v: number) => formatNumber(shown(v), lang, boundDigits(shown(v)));
  if (min !== null && max !== null) {
    if (min === max && !target.minExclusive && !target.maxExclusive) return full(min);
    const key = target.minExclusive
      ? (target.maxExclusive ? "targets.rangeBetween" : "targets.rangeAboveMin")
      : (target.maxExclusive ? "targets.rangeBelowMax" : "targets.range");
    return t(key, { min: bare(min), max: full(max) });
  }
  if (min !== null) return t(target.minExclusive ? "targets.moreThan" : "targets.atLeast", { min: full(min) });
  if (max !== null) return t(target.maxExclusive ? "targets.lessThan" : "targets.atMost", { max: full(max) });
  return "";
}

/** A rate per week with enough decimals to show a slow one: "2,1 ha/tuần", "0,04 ha/tuần". */
export function perWeek(target: Measured, value: number, words: Words): string {
  const small = Math.abs(value) > 0 && Math.abs(value) < (target.measure === "cleared_share" ? 0.01 : 1);
  const digits = target.measure === "projects_started" ? (Number.isInteger(value) ? 0 : 1) : small ? 2 : 1;
  return words.t("targets.perWeek", { value: targetValue(target, value, words, digits) });
}
