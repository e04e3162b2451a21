// How a target's value and band read, shared by the progress panel and the meeting view so that
// both pages word a target the same way: "267,7 ha", "95,3 %", "24 cụm"; "300–500 ha", "trên 20
// cụm" (more than: the document's "trên"), "ít nhất 200 ha". cleared_share values are fractions.

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

/** What a count target counts, by its kind: "cụm" for clusters ("trên 20 cụm"), else "dự án". */
export function countUnit(target: Pick<TargetProgress, "scopeKind">, { t }: Words): string {
  if (target.scopeKind === "industrial_cluster" || target.scopeKind === "industrial_park") {
    return t(`targets.unit.${target.scopeKind}`);
  }
  return t("targets.unit.projects");
}

/** Bounds as written in the document: whole numbers without decimals, "200,5" with one. */
function boundDigits(value: number): number {
  return Number.isInteger(Math.round(value * 1e6) / 1e6) ? 0 : 1;
}

/** A share's bound in percent (0.855 → 85.5), rid of floating-point noise. */
function inPercent(value: number): number {
  return Math.round(value * 100 * 1e6) / 1e6;
}

/** `value` in the measure's unit: "267,7 ha", "95,3 %", "24 cụm"; `digits` decimals (default: the measure's). */
export function formatTargetValue(
  target: Pick<TargetProgress, "measure" | "scopeKind">, value: number, words: Words, digits?: number,
): string {
  const { lang } = words;
  switch (target.measure) {
    case "cleared_area_ha":
    case "infrastructure_area_ha":
      return formatHa(value, lang, digits ?? 1);
    case "cleared_share":
      return formatPercent(value, lang, digits ?? 1);
    case "projects_started":
      return `${formatNumber(value, lang, digits ?? 0)}${NBSP}${countUnit(target, words)}`;
  }
}

export type Bounds = Pick<TargetProgress, "measure" | "scopeKind" | "minValue" | "maxValue" | "minExclusive" | "maxExclusive">;

/**
 * The target's bound in words: "300–500 ha", "trên 20 cụm" (more than: the document's "trên"),
 * "ít nhất 200 ha", "tối đa 12 dự án", "dưới 5 %", "100 %"; "" without bounds.
 */
export function formatTargetBound(target: Bounds, words: Words): string {
  const { t, lang } = words;
  const { minValue: min, maxValue: max } = target;
  const full = (v: number) => {
    const shown = target.measure === "cleared_share" ? inPercent(v) : v;
    return formatTargetValue(target, v, words, boundDigits(shown));
  };
  const bare = (v: number) => {
    const shown = target.measure === "cleared_share" ? inPercent(v) : v;
    return formatNumber(shown, lang, boundDigits(shown));
  };
  if (min !== null && max !== null) {
    if (min === max && !target.minExclusive && !target.maxExclusive) return full(min);
    const key = target.minExclusive
      ? (target.maxExclusive ? "targets.rangeBetween" : "targets.rangeAboveMin")
      : (target.maxExclusive ? "targets.rangeBelowMax" : "targets.range");
    return t(key, { min: bare(min), max: full(max) });
  }
  if (min !== null) {
    // all of the land: nothing lies above 100 %, so "at least" would say nothing more
    if (target.measure === "cleared_share" && min >= 1 && !target.minExclusive) return full(1);
    return t(target.minExclusive ? "targets.moreThan" : "targets.atLeast", { min: full(min) });
  }
  if (max !== null) return t(target.maxExclusive ? "targets.lessThan" : "targets.atMost", { max: full(max) });
  return "";
}
