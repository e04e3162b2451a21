// The table of one tab: fetches the grouped summary, the targets and where each row is on the
// map, and shapes the rows.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { ProjectInfrastructure } from "@/data/project-infrastructure-query";
import { useProjectInfrastructure } from "@/data/project-infrastructure-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import { useProgressSummary } from "@/data/progress-summary-query";
import { useTargets } from "@/data/targets-query";
import type { Target } from "@/domain/targets";
import { QueryState } from "@/features/progress/query-state";
import { SummaryTable } from "@/features/progress/summary-table";
import type { TableRow } from "@/features/progress/table-rows";
import { areaRows, kindRows, projectRows } from "@/features/progress/table-rows";
import { useRowBounds } from "@/features/progress/use-row-bounds";

/** The groupings offered as tabs. */
export type SummaryGrouping = "kind" | "project" | "admin_unit";

/** The table for `grouping`, with its loading and error states. */
export function SummaryPanel({ grouping }: { grouping: SummaryGrouping }) {
  const { t } = useTranslation();
  const lang = useLang();
  const summary = useProgressSummary(grouping);
  const targets = useTargets();
  const infrastructure = useProjectInfrastructure();
  const boundsOf = useRowBounds(grouping);
  if (!summary.data || !targets.data || !infrastructure.data) {
    return <QueryState queries={[summary, targets, infrastructure]} />;
  }

  type Shape = (rows: ProgressRow[], targets: Target[], infra: ProjectInfrastructure[]) => TableRow[];
  const shape: Record<SummaryGrouping, Shape> = {
    kind: (rows, ts, infra) => kindRows(rows, ts, lang, infra),
    project: (rows, ts, infra) => projectRows(rows, ts, lang, infra),
    admin_unit: (rows, ts) => areaRows(rows, ts),
  };
  const headers = {
    kind: { caption: t("progress.captionKind"), name: t("progress.colKind") },
    project: { caption: t("progress.captionProject"), name: t("progress.colProject") },
    admin_unit: { caption: t("progress.captionArea"), name: t("progress.colArea") },
  }[grouping];
  return (
    <SummaryTable caption={headers.caption} nameHeader={headers.name} boundsOf={boundsOf}
      rows={shape[grouping](summary.data, targets.data, infrastructure.data)} />
  );
}
