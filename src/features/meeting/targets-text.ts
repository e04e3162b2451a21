// How the meeting view words a target's figures: the value and band as the progress panel words
// them (src/components/target-words.ts), the unit of a chart's y axis and a pace per week.

import type { Words } from "@/components/target-words";
import { countUnit, formatTargetValue } from "@/components/target-words";
import type { TargetProgress } from "@/domain/targets";

type Measured = Pick<TargetProgress, "measure" | "scopeKind">;

/** The unit of the chart's y axis. */
export function chartUnit(target: Measured, words: Words): string {
  if (target.measure === "cleared_share") return "%";
  if (target.measure === "projects_started") return countUnit(target, words);
  return "ha";
}

/** A rate per week with enough decimals to show a slow one: "2,1 ha/tuần", "0,04 ha/tuần". */
export function perWeek(target: Measured, value: number, words: Words): string {
  const small = Math.abs(value) > 0 && Math.abs(value) < (target.measure === "cleared_share" ? 0.01 : 1);
  const digits = target.measure === "projects_started" ? (Number.isInteger(value) ? 0 : 1) : small ? 2 : 1;
  return words.t("targets.perWeek", { value: formatTargetValue(target, value, words, digits) });
}
