// The report's lists, made short enough for paper: the blockers past STALE_BLOCKER_DAYS with the
// most stale parcels first, and per project and rule how many parcels are past (red) or near
// (amber) a legal deadline. A printed page cannot scroll, so each list keeps its first rows and
// says how many more the meeting page has.

import type { DeadlineRuleId } from "@/domain/deadline-rules";
import { deadlineFlags } from "@/domain/deadline-rules";
import type { BlockerTally, ParcelTimelineRow, ProjectReportRow } from "@/domain/meeting-types";

/** Rows a printed list shows at most: what one landscape sheet holds with rows of two or three lines. */
export const PRINT_LIST_ROWS = 12;

/** One blocker group of a project. */
export interface PrintBlockerRow {
  readonly project: ProjectReportRow;
  readonly blocker: BlockerTally;
}

/** A list cut to its first rows, with the count of the rest. */
export interface CutList<T> {
  readonly rows: readonly T[];
  readonly more: number;
}

function cut<T>(rows: readonly T[], limit: number): CutList<T> {
  return { rows: rows.slice(0, limit), more: Math.max(rows.length - limit, 0) };
}

/** The blocker groups with stale parcels, most stale parcels first, then the oldest. */
export function printBlockerRows(report: readonly ProjectReportRow[], limit = PRINT_LIST_ROWS): CutList<PrintBlockerRow> {
  const rows = report.flatMap((project) =>
    project.blockers.filter((b) => b.staleParcels > 0).map((blocker) => ({ project, blocker })));
  rows.sort((a, b) => b.blocker.staleParcels - a.blocker.staleParcels
    || (a.blocker.oldestSince ?? "").localeCompare(b.blocker.oldestSince ?? ""));
  return cut(rows, limit);
}

/** The parcels of one project flagged under one rule. */
export interface PrintDeadlineRow {
  readonly project: ProjectReportRow;
  readonly ruleId: DeadlineRuleId;
  readonly red: number;
  readonly amber: number;
  /** The earliest limit day among them: the longest overdue, or the nearest. */
  readonly firstLimit: string;
}

/** Per project and rule, the flagged parcels on `today`; most red first. */
export function printDeadlineRows(
  projects: readonly { project: ProjectReportRow; parcels: readonly ParcelTimelineRow[] }[],
  today: string,
  limit = PRINT_LIST_ROWS,
): CutList<PrintDeadlineRow> {
  const rows: PrintDeadlineRow[] = [];
  for (const { project, parcels } of projects) {
    const byRule = new Map<DeadlineRuleId, { red: number; amber: number; firstLimit: string }>();
    for (const parcel of parcels) {
      for (const flag of deadlineFlags(parcel, today)) {
        const row = byRule.get(flag.ruleId) ?? { red: 0, amber: 0, firstLimit: flag.limitDay };
        if (flag.level === "red") row.red += 1;
        else row.amber += 1;
        if (flag.limitDay < row.firstLimit) row.firstLimit = flag.limitDay;
        byRule.set(flag.ruleId, row);
      }
    }
    for (const [ruleId, row] of byRule) rows.push({ project, ruleId, ...row });
  }
  rows.sort((a, b) => b.red - a.red || b.amber - a.amber || a.firstLimit.localeCompare(b.firstLimit));
  return cut(rows, limit);
}
