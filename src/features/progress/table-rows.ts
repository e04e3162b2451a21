// Turns progress_summary rows and targets into the rows of the summary tables: names in the
// UI language, a stable order, and the targets about each row measured against it.

import type { ProjectInfrastructure } from "@/data/project-infrastructure-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import { shortUnitName } from "@/domain/admin-units";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import type { ProgressFigures } from "@/domain/progress";
import { projectKindById } from "@/domain/project-kinds";
import type { Target, TargetEvaluation, TargetFigures, TargetScope } from "@/domain/targets";
import { evaluateTargetsFor } from "@/domain/targets";

/** One row of a summary table. */
export interface TableRow {
  readonly key: string;
  readonly name: string;
  /** A second line under the name: the project's kind. */
  readonly note: string | null;
  readonly figures: ProgressFigures;
  readonly targets: readonly TargetEvaluation[];
}

function toRow(
  row: ProgressRow,
  name: string,
  note: string | null,
  scope: TargetScope,
  targets: readonly Target[],
  infrastructureDoneM2: number | null = null,
): TableRow {
  const figures: TargetFigures = { ...row, infrastructureDoneM2 };
  return { key: row.key, name, note, figures: row, targets: evaluateTargetsFor(targets, scope, figures) };
}

/** Infrastructure built, m², summed by `key` (a project's kind or id). */
export function infrastructureBy(
  projects: readonly ProjectInfrastructure[],
  key: (p: ProjectInfrastructure) => string,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of projects) sums.set(key(p), (sums.get(key(p)) ?? 0) + p.infrastructureDoneM2);
  return sums;
}

/** Rows by project kind, in the kind table's order (Ring Road 4 first). */
export function kindRows(
  rows: readonly ProgressRow[],
  targets: readonly Target[],
  lang: Lang,
  infrastructure: readonly ProjectInfrastructure[] = [],
): TableRow[] {
  const infra = infrastructureBy(infrastructure, (p) => p.kind);
  return [...rows]
    .sort((a, b) => projectKindById(a.key).position - projectKindById(b.key).position)
    .map((r) =>
      toRow(r, labelIn(projectKindById(r.key), lang), null, { level: "kind", kind: r.key }, targets, infra.get(r.key) ?? 0),
    );
}

/** Rows by project, grouped by kind, then by name. */
export function projectRows(
  rows: readonly ProgressRow[],
  targets: readonly Target[],
  lang: Lang,
  infrastructure: readonly ProjectInfrastructure[] = [],
): TableRow[] {
  const infra = infrastructureBy(infrastructure, (p) => p.projectId);
  const position = (r: ProgressRow) => projectKindById(r.kind ?? "other").position;
  return [...rows]
    .sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, "vi"))
    .map((r) => {
      const note = labelIn(projectKindById(r.kind ?? "other"), lang);
      return toRow(r, r.name, note, { level: "project", projectId: r.key }, targets, infra.get(r.key) ?? 0);
    });
}

/**
 * Rows by admin unit, by name without the level word ("Huyện Văn Lâm" sorts under V). The full
 * name is shown: it says the level ("Huyện", "Thị xã", "Xã"). Infrastructure is kept per
 * project, not per area, so infrastructure targets of an area cannot be measured here.
 */
export function areaRows(rows: readonly ProgressRow[], targets: readonly Target[]): TableRow[] {
  const sortName = (r: ProgressRow) => shortUnitName(r.name);
  return [...rows]
    .sort((a, b) => sortName(a).localeCompare(sortName(b), "vi") || a.key.localeCompare(b.key))
    .map((r) => toRow(r, r.name, null, { level: "admin_unit", adminUnitId: r.key }, targets));
}
