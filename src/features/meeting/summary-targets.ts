// The targets in the summary's words: "Tên mục tiêu: 12,50 ha (tối thiểu 20 ha) – Đúng tiến độ".
// Figures are target_progress's, for the same day as the table.

import type { TFunction } from "i18next";
import { formatCount, formatHa, formatPercent } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import type { TargetMeasure, TargetProgress } from "@/domain/targets";
import { targetName } from "@/domain/targets";

function measureText(value: number | null, measure: TargetMeasure, lang: Lang): string {
  switch (measure) {
    case "cleared_area_ha":
    case "infrastructure_area_ha":
      return formatHa(value, lang, 2);
    case "cleared_share":
      return formatPercent(value, lang, 1);
    case "projects_started":
      return formatCount(value, lang);
  }
}

/** One target in words. */
export function targetText(target: TargetProgress, lang: Lang, t: TFunction): string {
  const bounds = [target.minValue, target.maxValue].map((v) => (v === null ? null : measureText(v, target.measure, lang)));
  const band = bounds[0] && bounds[1] ? `${bounds[0]}–${bounds[1]}` : (bounds[0] ?? bounds[1]);
  const actual = measureText(target.actual, target.measure, lang);
  const status = t(`targets.status.${target.status}`);
  return band
    ? t("meeting.tables.summary.targetText", { name: targetName(target, lang), actual, band, status })
    : t("meeting.tables.summary.targetTextNoBand", { name: targetName(target, lang), actual, status });
}
