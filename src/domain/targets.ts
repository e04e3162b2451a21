// Targets from the province's documents (e.g. "industrial clusters clear 300–500 ha by the end
// of 2024") and how the progress figures measure up against them.

import type { ProjectKindId } from "@/domain/project-kinds";
import type { ProgressFigures, RangeStatus } from "@/domain/progress";
import { clearedShare, compareToRange } from "@/domain/progress";
import { m2ToHa } from "@/domain/format";
import type { Lang } from "@/domain/lang";

/** What a target measures (targets.measure). */
export type TargetMeasure = "cleared_area_ha" | "cleared_share" | "projects_started" | "infrastructure_area_ha";

/** The measures, for parsing. */
export const TARGET_MEASURES: readonly TargetMeasure[] = [
  "cleared_area_ha", "cleared_share", "projects_started", "infrastructure_area_ha",
];

/**
 * A target. Its scope is a project kind, a project or an admin unit; with none of them it
 * applies to the whole province. `min`/`max` are in the measure's unit, as stored: hectares,
 * a fraction for cleared_share (1.0 = all the land cleared) or a count. `dueDate` is a
 * calendar date "YYYY-MM-DD".
 */
export interface Target {
  readonly id: string;
  /** The name in Vietnamese, as the province's documents word it. */
  readonly name: string;
  /** The name in English, when given (targets.name_en). */
  readonly nameEn: string | null;
  readonly scopeKind: ProjectKindId | null;
  readonly scopeProjectId: string | null;
  readonly scopeAdminUnitId: string | null;
  readonly measure: TargetMeasure;
  readonly min: number | null;
  readonly max: number | null;
  readonly dueDate: string | null;
  readonly source: string | null;
}

/** The target's name in `lang`: English when it has an English name, else the Vietnamese one. */
export function targetName(target: Target, lang: Lang): string {
  return lang === "en" && target.nameEn ? target.nameEn : target.name;
}

/**
 * What a row is measured by: the progress figures, plus the area with technical
 * infrastructure built (from the projects) and the number of started projects, when known.
 */
export interface TargetFigures extends ProgressFigures {
  readonly infrastructureDoneM2?: number | null;
  /** Projects with a parcel past not_started, when known for the row. */
  readonly startedProjects?: number | null;
}

/** A row of the progress summary that targets can be matched to. */
export type TargetScope =
  | { readonly level: "province" }
  | { readonly level: "kind"; readonly kind: string }
  | { readonly level: "project"; readonly projectId: string }
  | { readonly level: "admin_unit"; readonly adminUnitId: string };

/**
 * True when `target` is about exactly this row. A target scoped to a kind within an area
 * matches no row: the summary has no such grouping.
 */
export function targetMatchesScope(target: Target, scope: TargetScope): boolean {
  switch (scope.level) {
    case "province":
      return target.scopeKind === null && target.scopeProjectId === null && target.scopeAdminUnitId === null;
    case "kind":
      return target.scopeKind === scope.kind && target.scopeProjectId === null && target.scopeAdminUnitId === null;
    case "project":
      return target.scopeProjectId === scope.projectId;
    case "admin_unit":
      return target.scopeAdminUnitId === scope.adminUnitId && target.scopeKind === null && target.scopeProjectId === null;
  }
}

/**
 * The figure a target is measured by, in the target's unit, or null when the figures cannot
 * tell (infrastructure and started projects only when given).
 */
export function targetActual(target: Target, figures: TargetFigures): number | null {
  switch (target.measure) {
    case "cleared_area_ha":
      return m2ToHa(figures.clearedAreaM2);
    case "cleared_share":
      return clearedShare(figures);
    case "infrastructure_area_ha":
      return typeof figures.infrastructureDoneM2 === "number" ? m2ToHa(figures.infrastructureDoneM2) : null;
    case "projects_started":
      return typeof figures.startedProjects === "number" ? figures.startedProjects : null;
  }
}

/** A target with the actual figure and where it stands; status is null when not measurable. */
export interface TargetEvaluation {
  readonly target: Target;
  readonly actual: number | null;
  readonly status: RangeStatus | null;
}

/** Measures `target` against a row's figures. */
export function evaluateTarget(target: Target, figures: TargetFigures): TargetEvaluation {
  const actual = targetActual(target, figures);
  const status = actual === null ? null : compareToRange(actual, { min: target.min, max: target.max });
  return { target, actual, status };
}

/** The targets about this row, measured against its figures, earliest due first. */
export function evaluateTargetsFor(
  targets: readonly Target[],
  scope: TargetScope,
  figures: TargetFigures,
): TargetEvaluation[] {
  return targets
    .filter((t) => targetMatchesScope(t, scope))
    .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.name.localeCompare(b.name))
    .map((t) => evaluateTarget(t, figures));
}
