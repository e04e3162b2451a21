// Translated wording for targets, shared by the table cells and the province target list.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { RangeStatus } from "@/domain/progress";
import type { Target, TargetMeasure } from "@/domain/targets";
import { targetName } from "@/domain/targets";
import { formatMeasureValue, formatTargetRange } from "@/features/progress/target-text";

const MEASURE_KEYS = {
  cleared_area_ha: "progress.measureClearedArea",
  cleared_share: "progress.measureClearedShare",
  projects_started: "progress.measureProjectsStarted",
  infrastructure_area_ha: "progress.measureInfrastructure",
} as const satisfies Record<TargetMeasure, string>;

const STATUS_KEYS = {
  below: "progress.statusBelow",
  within: "progress.statusWithin",
  above: "progress.statusAbove",
} as const satisfies Record<RangeStatus, string>;

/** Functions that word a target's measure, range, status, actual value and tooltip. */
export function useTargetLabels() {
  const { t } = useTranslation();
  const lang = useLang();
  const projectsUnit = t("progress.projectsUnit");
  return {
    measure: (measure: TargetMeasure) => t(MEASURE_KEYS[measure]),
    range: (target: Target) => formatTargetRange(target, lang, projectsUnit),
    status: (status: RangeStatus | null) => t(status ? STATUS_KEYS[status] : "progress.statusUnknown"),
    actual: (target: Target, value: number) => formatMeasureValue(target.measure, value, lang, projectsUnit),
    name: (target: Target) => targetName(target, lang),
    tooltip: (target: Target) => {
      const name = targetName(target, lang);
      return target.source ? `${name} — ${t("progress.source", { source: target.source })}` : name;
    },
  };
}
