// How a target reads, from the figures target_progress computed: "Đã bàn giao: 267,7 ha /
// 300–500 ha", "trên 20 cụm", "Kỳ tính: 01/07/2024 – 31/12/2024", "30 ngày gần nhất: 2,1 ha/tuần
// · dự báo đạt 12/03/2025". Plain functions of the texts (vi.ts, en.ts) and the language, so
// that unit tests check the wording. cleared_share values are fractions (1 = 100 %).

import type { TFunction } from "i18next";
import { formatDate, formatNumber, formatWholePercent } from "@/domain/format";
import type { TargetProgress } from "@/domain/targets";
import type { Bounds, Words } from "@/components/target-words";
import { formatTargetBound, formatTargetValue } from "@/components/target-words";

/** The actual value against the bound: "Đã bàn giao: 267,7 ha / 300–500 ha"; without a figure, the bound alone. */
export function targetFigureText(target: Bounds & Pick<TargetProgress, "actual">, words: Words): string {
  const { t } = words;
  const measure = t(`targets.measure.${target.measure}`);
  const bound = formatTargetBound(target, words);
  if (target.actual === null) return t("targets.figureNone", { measure, bound });
  const actual = formatTargetValue(target, target.actual, words);
  return bound ? t("targets.figure", { measure, actual, bound }) : `${measure}: ${actual}`;
}

/** The window whose handovers count: "Kỳ tính: 01/07/2024 – 31/12/2024", or "Kỳ tính: lũy kế". */
export function targetPeriodText(target: Pick<TargetProgress, "periodStart" | "periodEnd">, { t, lang }: Words): string {
  if (target.periodStart === null && target.periodEnd === null) return t("targets.cumulative");
  return t("targets.period", { start: formatDate(target.periodStart, lang), end: formatDate(target.periodEnd, lang) });
}

/** "Hạn 31/12/2024"; null without a due date. */
export function targetDueText(target: Pick<TargetProgress, "dueDate">, { t, lang }: Words): string | null {
  return target.dueDate === null ? null : t("targets.due", { date: formatDate(target.dueDate, lang) });
}

/** A pace per week in the measure's unit, with enough decimals to show a slow one ("0,04 ha/tuần"). */
function formatPace(target: Pick<TargetProgress, "measure" | "scopeKind">, pace: number, words: Words): string {
  const small = Math.abs(pace) > 0 && Math.abs(pace) < (target.measure === "cleared_share" ? 0.01 : 1);
  const digits = target.measure === "projects_started" ? (Number.isInteger(pace) ? 0 : 1) : small ? 2 : 1;
  return words.t("targets.perWeek", { value: formatTargetValue(target, pace, words, digits) });
}

/**
 * The recent pace and the forecast: "30 ngày gần nhất: 2,1 ha/tuần · dự báo đạt 12/03/2025".
 * The pace is over the last 30 days of the period up to the day measured, so once the period
 * has ended before `today` ("YYYY-MM-DD") it reads "30 ngày cuối kỳ". Null without a pace.
 */
export function targetPaceText(
  target: Pick<TargetProgress, "measure" | "scopeKind" | "pacePerWeek" | "forecastDate" | "periodEnd">,
  words: Words,
  today: string,
): string | null {
  if (target.pacePerWeek === null) return null;
  const { t, lang } = words;
  const pace = formatPace(target, target.pacePerWeek, words);
  const ended = target.periodEnd !== null && target.periodEnd < today;
  const text = t(ended ? "targets.paceLastOfPeriod" : "targets.paceRecent", { pace });
  return target.forecastDate === null ? text : `${text} · ${t("targets.forecast", { date: formatDate(target.forecastDate, lang) })}`;
}

/** Which projects count: "Tính trên 11 dự án ở trạng thái: đang giải phóng mặt bằng, đang hoạt động." */
export function targetScopeText(target: Pick<TargetProgress, "projects" | "scopeStatuses">, { t, lang }: Words): string {
  const count = formatNumber(target.projects, lang, 0);
  if (target.scopeStatuses === null) return t("targets.scopeProjects", { count });
  const statuses = target.scopeStatuses.map((s) => projectStatusText(s, t)).join(", ");
  return t("targets.scopeStatuses", { count, statuses });
}

const PROJECT_STATUSES = ["planned", "approved", "under_clearance", "operating"] as const;

function projectStatusText(status: string, t: TFunction): string {
  const known = PROJECT_STATUSES.find((s) => s === status);
  return known ? t(`targets.projectStatus.${known}`) : status; // a newer status: its id rather than nothing
}

/** "đã nhập thửa cho 80 % diện tích", for a share of the legal area the parcels entered cover. */
export function partialEntryText(share: number, { t, lang }: Words): string {
  return t("targets.partialEntry", { share: formatWholePercent(share, lang) });
}

