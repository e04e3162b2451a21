// Turns progress_summary rows and the targets (as target_progress measured them) into the rows
// of the summary tables: names in the UI language, a stable order, and the targets shown under
// each row.

import type { ProgressRow } from "@/data/progress-summary-query";
import { shortUnitName } from "@/domain/admin-units";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import type { ProgressFigures } from "@/domain/progress";
import { projectKindById } from "@/domain/project-kinds";
import type { TargetPlace, TargetProgress } from "@/domain/targets";
import { targetsAt } from "@/domain/targets";

/** One row of a summary table. */
export interface TableRow {
  readonly key: string;
  readonly name: string;
  /** A second line under the name: the project's kind. */
  readonly note: string | null;
  readonly figures: ProgressFigures;
  /** The targets about this row, with the figures the server measured. */
  readonly targets: readonly TargetProgress[];
  /** A project's responsible unit and person ("5 rõ"), when the project names them. */
  readonly responsible?: Responsible | null;
}

/** Who answers for a project's clearance. */
export interface Responsible {
  readonly unit: string | null;
  readonly person: string | null;
}

/** `rows` with each project's responsible unit and person, from `of` (by project id). */
export function withResponsible(rows: readonly TableRow[], of: (projectId: string) => Responsible | undefined): TableRow[] {
  return rows.map((row) => {
    const who = of(row.key);
    const unit = who?.unit?.trim() || null;
    const person = who?.person?.trim() || null;
    return unit || person ? { ...row, responsible: { unit, person } } : row;
  });
}

function toRow(row: ProgressRow, name: string, note: string | null, place: TargetPlace, targets: readonly TargetProgress[]): TableRow {
  return { key: row.key, name, note, figures: row, targets: targetsAt(targets, place) };
}

/** Rows by project kind, in the kind table's order (Ring Road 4 first). */
export function kindRows(rows: readonly ProgressRow[], targets: readonly TargetProgress[], lang: Lang): TableRow[] {
  return [...rows]
    .sort((a, b) => projectKindById(a.key).position - projectKindById(b.key).position)
    .map((r) => toRow(r, labelIn(projectKindById(r.key), lang), null, { level: "kind", kind: r.key }, targets));
}

/** Rows by project, grouped by kind, then by name. */
export function projectRows(rows: readonly ProgressRow[], targets: readonly TargetProgress[], lang: Lang): TableRow[] {
  const position = (r: ProgressRow) => projectKindById(r.kind ?? "other").position;
  return [...rows]
    .sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, "vi"))
    .map((r) => {
      const note = labelIn(projectKindById(r.kind ?? "other"), lang);
      return toRow(r, r.name, note, { level: "project", projectId: r.key }, targets);
    });
}

/**
 * Rows by admin unit, by name without the level word ("Huyện Văn Lâm" sorts under V). The full
 * name is shown: it says the level ("Huyện", "Thị xã", "Xã").
 */
export function areaRows(rows: readonly ProgressRow[], targets: readonly TargetProgress[]): TableRow[] {
  const sortName = (r: ProgressRow) => shortUnitName(r.name);
  return [...rows]
    .sort((a, b) => sortName(a).localeCompare(sortName(b), "vi") || a.key.localeCompare(b.key))
    .map((r) => toRow(r, r.name, null, { level: "admin_unit", adminUnitId: r.key }, targets));
}
