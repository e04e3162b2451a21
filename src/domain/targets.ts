// Targets from the province's documents (e.g. "more than 20 industrial clusters clear 300–500 ha
// in 2024") as the database measures them: target_progress(p_at) computes every figure (the
// actual value in the target's period, its status, the recent pace and a forecast), so that
// the browser, reports and tests read one truth. This module only types those answers and
// decides where on the page each target is shown.

import type { ProjectKindId } from "@/domain/project-kinds";
import type { Lang } from "@/domain/lang";

/** What a target measures (targets.measure). */
export type TargetMeasure = "cleared_area_ha" | "cleared_share" | "projects_started" | "infrastructure_area_ha";

/** The measures, for parsing. */
export const TARGET_MEASURES: readonly TargetMeasure[] = [
  "cleared_area_ha", "cleared_share", "projects_started", "infrastructure_area_ha",
];

/**
 * Where a target stands on the day asked for: met; on track (the due date is still ahead and
 * the forecast at the recent pace is in time, or there is not enough pace to tell otherwise);
 * at risk (the forecast falls after the due date); missed (the due date has passed unmet); not
 * measurable (nothing in scope to measure, e.g. a share of projects with no legal area).
 */
export type TargetStatus = "met" | "on_track" | "at_risk" | "missed" | "not_measurable";

/** The statuses, for parsing. */
export const TARGET_STATUSES: readonly TargetStatus[] = ["met", "on_track", "at_risk", "missed", "not_measurable"];

/** The statuses a leader must act on: shown in red. */
export function isTargetAlert(status: TargetStatus): boolean {
  return status === "missed" || status === "at_risk";
}

/**
 * One row of target_progress(p_at): a target with its figures on that day. Values are in the
 * measure's unit: hectares, a fraction 0..1 for cleared_share (1 = all the legal area
 * cleared) or a count of projects. Dates are calendar dates "YYYY-MM-DD".
 */
export interface TargetProgress {
  readonly id: string;
  /** The name in Vietnamese, as the province's documents word it. */
  readonly name: string;
  /** The name in English, when given. */
  readonly nameEn: string | null;
  /** The document the target comes from. */
  readonly source: string | null;
  /** Why the target reads as it does (e.g. why this period was chosen). */
  readonly notes: string | null;
  readonly measure: TargetMeasure;
  readonly scopeKind: ProjectKindId | null;
  readonly scopeProjectId: string | null;
  readonly scopeAdminUnitId: string | null;
  /** The project statuses that count (projects.status); null = every project. */
  readonly scopeStatuses: readonly string[] | null;
  /** The window whose handovers count; both null = cumulative (everything since the start). */
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly minValue: number | null;
  readonly maxValue: number | null;
  /** True when the bound itself does not count ("trên 20" = more than 20). */
  readonly minExclusive: boolean;
  readonly maxExclusive: boolean;
  readonly dueDate: string | null;
  /** The measured value in the period up to the day asked for; null when not measurable. */
  readonly actual: number | null;
  readonly status: TargetStatus;
  /** The actual value lies beyond the upper bound (a range over-achieved; the status stays met). */
  readonly exceedsMax: boolean;
  /** Progress per week over the last 30 days of the period up to the day asked for. */
  readonly pacePerWeek: number | null;
  /** When the lower bound is reached at that pace; null when met, without pace or past the period. */
  readonly forecastDate: string | null;
  /** The legal area to clear of the projects in scope, m². */
  readonly areaToClearM2: number | null;
  /** The area of the parcels entered for those projects, m². */
  readonly enteredAreaM2: number | null;
  /** How many projects are in scope. */
  readonly projects: number;
}

/** The target's name in `lang`: English when it has an English name, else the Vietnamese one. */
export function targetName(target: Pick<TargetProgress, "name" | "nameEn">, lang: Lang): string {
  return lang === "en" && target.nameEn ? target.nameEn : target.name;
}

/** A row of the progress tables (or the province summary) that a target is shown under. */
export type TargetPlace =
  | { readonly level: "province" }
  | { readonly level: "kind"; readonly kind: string }
  | { readonly level: "project"; readonly projectId: string }
  | { readonly level: "admin_unit"; readonly adminUnitId: string };

type Scope = Pick<TargetProgress, "scopeKind" | "scopeProjectId" | "scopeAdminUnitId">;

/**
 * The one row a target is about: the province when it has no scope, a kind, a project or an
 * admin unit when scoped to that alone (a project's kind adds nothing to its project). Null
 * for a scope no table groups by, such as a kind within an area.
 */
export function targetPlace(target: Scope): TargetPlace | null {
  const { scopeKind: kind, scopeProjectId: projectId, scopeAdminUnitId: adminUnitId } = target;
  if (projectId !== null) return adminUnitId === null ? { level: "project", projectId } : null;
  if (kind !== null) return adminUnitId === null ? { level: "kind", kind } : null;
  if (adminUnitId !== null) return { level: "admin_unit", adminUnitId };
  return { level: "province" };
}

/** The targets shown under the row at `place`, in the order given (the server's: earliest due first). */
export function targetsAt<T extends Scope>(targets: readonly T[], place: TargetPlace): T[] {
  return targets.filter((t) => {
    const at = targetPlace(t);
    if (at === null || at.level !== place.level) return false;
    switch (place.level) {
      case "province":
        return true;
      case "kind":
        return at.level === "kind" && at.kind === place.kind;
      case "project":
        return at.level === "project" && at.projectId === place.projectId;
      case "admin_unit":
        return at.level === "admin_unit" && at.adminUnitId === place.adminUnitId;
    }
  });
}

/** The keys of the rows the tables show; `adminUnits` null when not known (then assumed present). */
export interface TableKeys {
  readonly kinds: ReadonlySet<string>;
  readonly projects: ReadonlySet<string>;
  readonly adminUnits: ReadonlySet<string> | null;
}

/**
 * The targets the province summary shows: the province-wide ones, and every target no table
 * row shows (a scope no table groups by, or a row the tables do not have), so that every
 * target is visible somewhere.
 */
export function provinceSummaryTargets<T extends Scope>(targets: readonly T[], keys: TableKeys): T[] {
  return targets.filter((t) => {
    const at = targetPlace(t);
    if (at === null) return true;
    switch (at.level) {
      case "province":
        return true;
      case "kind":
        return !keys.kinds.has(at.kind);
      case "project":
        return !keys.projects.has(at.projectId);
      case "admin_unit":
        return keys.adminUnits !== null && !keys.adminUnits.has(at.adminUnitId);
    }
  });
}
