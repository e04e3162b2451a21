// The table of one tab: fetches the grouped figures and the targets as the server measured them
// on the panel's day, and where each row is on the map, and shapes the rows.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { ShareBasis } from "@/domain/progress";
import type { TargetProgress } from "@/domain/targets";
import { QueryState } from "@/features/progress/query-state";
import { SummaryTable } from "@/features/progress/summary-table";
import type { TableRow } from "@/features/progress/table-rows";
import { areaRows, kindRows, projectRows, withResponsible } from "@/features/progress/table-rows";
import { useProjects } from "@/data/projects-query";
import { useProgressFigures, useTargetFigures } from "@/features/progress/use-figures";
import { useRowBounds } from "@/features/progress/use-row-bounds";

/** The groupings offered as tabs. */
export type SummaryGrouping = "kind" | "project" | "admin_unit";

/** The table for `grouping`, with its loading and error states. */
export function SummaryPanel({ grouping }: { grouping: SummaryGrouping }) {
  const { t } = useTranslation();
  const lang = useLang();
  const summary = useProgressFigures(grouping);
  const targets = useTargetFigures();
  const boundsOf = useRowBounds(grouping);
  // the map's own project query: it names each project's responsible unit and person
  const projects = useProjects().data;
  if (!summary.data || !targets.data) return <QueryState queries={[summary, targets]} />;

  type Shape = (rows: ProgressRow[], targets: TargetProgress[]) => TableRow[];
  const shape: Record<SummaryGrouping, Shape> = {
    kind: (rows, ts) => kindRows(rows, ts, lang),
    project: (rows, ts) => withResponsible(projectRows(rows, ts, lang), (id) => {
      const project = projects?.find((p) => p.id === id);
      return project ? { unit: project.responsibleUnit, person: project.responsiblePerson } : undefined;
    }),
    admin_unit: (rows, ts) => areaRows(rows, ts),
  };
  const headers = {
    kind: { caption: t("progress.captionKind"), name: t("progress.colKind") },
    project: { caption: t("progress.captionProject"), name: t("progress.colProject") },
    admin_unit: { caption: t("progress.captionArea"), name: t("progress.colArea") },
  }[grouping];
  // A project's legal area is not split by area: shares of areas are of the parcels entered.
  const basis: ShareBasis = grouping === "admin_unit" ? "entered" : "area_to_clear";
  return (
    <SummaryTable caption={headers.caption} nameHeader={headers.name} boundsOf={boundsOf} basis={basis}
      note={basis === "entered" ? t("progress.areaNote") : undefined}
      rows={shape[grouping](summary.data, targets.data)} />
  );
}
