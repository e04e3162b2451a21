// "5 rõ" (rõ người, rõ việc, rõ trách nhiệm, rõ tiến độ, rõ sản phẩm): the projects' report rows
// gathered per project, per responsible unit and per responsible person, to say who is late and
// what blocks it. Pure: the day the figures stand at is passed in. Retired projects are left
// out: nobody answers for a project the province has stopped.

import { daysBefore } from "@/domain/act-date";
import { dayInVietnam } from "@/domain/clock";
import type { ParcelTimelineRow, ProjectReportRow } from "@/domain/meeting-types";
import { STALE_BLOCKER_DAYS } from "@/domain/meeting-types";
import type { ProjectKindId } from "@/domain/project-kinds";

/** What the rows are gathered by. */
export type AccountabilityLevel = "project" | "unit" | "person";

export const ACCOUNTABILITY_LEVELS: readonly AccountabilityLevel[] = ["project", "unit", "person"];

/** Who must act on stale blockers (null: the officer did not say) and on how many parcels. */
export interface MustAct {
  readonly responsible: string | null;
  readonly parcels: number;
}

/** One row of a "5 rõ" table. */
export interface AccountabilityRow {
  /** Unique within its level: the project id, or the folded unit / person name ("" for none). */
  readonly key: string;
  readonly level: AccountabilityLevel;
  /** The project's name, the unit or the person; null when no unit / person is assigned. */
  readonly name: string | null;
  /** The project's code (project level only). */
  readonly code: string | null;
  readonly projectIds: readonly string[];
  /** The responsible unit and person (for a unit or a person: every one of its projects names, joined). */
  readonly responsibleUnit: string | null;
  readonly responsiblePerson: string | null;
  /** Parcels not handed over yet, and their legal area. */
  readonly openParcels: number;
  readonly openAreaM2: number;
  /** How long the longest-waiting parcel not handed over has been at its stage, days. */
  readonly oldestStageDays: number | null;
  /** Parcels blocked for more than 14 days, and who must act on them (most parcels first). */
  readonly staleBlockers: number;
  readonly mustAct: readonly MustAct[];
  /** The due date (project level), or the earliest due date among the late projects. */
  readonly dueDate: string | null;
  /** Projects past their due date and not cleared, and the most days late among them. */
  readonly lateProjects: number;
  readonly daysLate: number | null;
}

/** The day an instant ("2024-05-01T…") or a day ("2024-05-01") falls on in Hưng Yên. */
export function dayOf(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dayInVietnam(date);
}

/** Days from `since` (an instant or a day) to `today`; null when either is missing. */
export function daysSince(since: string | null, today: string): number | null {
  const day = since === null ? null : dayOf(since);
  return day === null ? null : daysBefore(day, today);
}

/**
 * True when the project's work is done: every parcel entered is handed over and their area
 * reaches the area to clear (parcels still to be entered keep it open).
 */
export function isCleared(row: ProjectReportRow): boolean {
  return row.parcels > 0 && row.clearedParcels >= row.parcels && row.clearedAreaM2 >= row.areaToClearM2;
}

/** Days the project is past its due date on `today` while not cleared; null when it is not late. */
export function projectDaysLate(row: ProjectReportRow, today: string): number | null {
  if (row.dueDate === null || isCleared(row)) return null;
  const late = daysBefore(row.dueDate, today);
  return late !== null && late > 0 ? late : null;
}

/** A name folded for grouping and searching: trimmed, single-spaced, lower case, no diacritics. */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").replace(/\s+/g, " ").trim().toLowerCase();
}

function tidy(text: string | null): string | null {
  const value = text?.replace(/\s+/g, " ").trim() ?? "";
  return value === "" ? null : value;
}

/** Who must act on a project's stale blockers. */
function projectMustAct(row: ProjectReportRow): MustAct[] {
  return row.blockers.filter((b) => b.staleParcels > 0).map((b) => ({ responsible: tidy(b.responsible), parcels: b.staleParcels }));
}

/** The same responsible joined (folded names), most parcels first, then by name. */
function mergeMustAct(list: readonly MustAct[]): MustAct[] {
  const byKey = new Map<string, MustAct>();
  for (const item of list) {
    const key = item.responsible === null ? "" : foldName(item.responsible);
    const seen = byKey.get(key);
    byKey.set(key, { responsible: seen?.responsible ?? item.responsible, parcels: (seen?.parcels ?? 0) + item.parcels });
  }
  return [...byKey.values()].sort((a, b) => b.parcels - a.parcels || (a.responsible ?? "\uffff").localeCompare(b.responsible ?? "\uffff", "vi"));
}

function projectRow(row: ProjectReportRow, today: string): AccountabilityRow {
  const daysLate = projectDaysLate(row, today);
  const open = row.parcels - row.clearedParcels;
  return {
    key: row.id, level: "project", name: row.name, code: row.code, projectIds: [row.id],
    responsibleUnit: tidy(row.responsibleUnit), responsiblePerson: tidy(row.responsiblePerson),
    openParcels: open, openAreaM2: row.areaM2 - row.clearedAreaM2,
    oldestStageDays: open > 0 ? daysSince(row.oldestStageSince, today) : null,
    staleBlockers: row.staleBlockers, mustAct: mergeMustAct(projectMustAct(row)),
    dueDate: row.dueDate, lateProjects: daysLate === null ? 0 : 1, daysLate,
  };
}

function maxOf(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length > 0 ? Math.max(...numbers) : null;
}

function joinDistinct(values: readonly (string | null)[]): string | null {
  const seen = new Map<string, string>();
  for (const value of values) if (value !== null && !seen.has(foldName(value))) seen.set(foldName(value), value);
  return seen.size > 0 ? [...seen.values()].join("; ") : null;
}

function groupRow(level: "unit" | "person", key: string, rows: readonly AccountabilityRow[]): AccountabilityRow {
  const late = rows.filter((r) => r.daysLate !== null);
  const due = late.map((r) => r.dueDate).filter((d): d is string => d !== null).sort();
  const first = rows[0];
  return {
    key, level, code: null,
    name: level === "unit" ? (first?.responsibleUnit ?? null) : (first?.responsiblePerson ?? null),
    projectIds: rows.flatMap((r) => r.projectIds),
    responsibleUnit: joinDistinct(rows.map((r) => r.responsibleUnit)),
    responsiblePerson: joinDistinct(rows.map((r) => r.responsiblePerson)),
    openParcels: rows.reduce((s, r) => s + r.openParcels, 0),
    openAreaM2: rows.reduce((s, r) => s + r.openAreaM2, 0),
    oldestStageDays: maxOf(rows.map((r) => r.oldestStageDays)),
    staleBlockers: rows.reduce((s, r) => s + r.staleBlockers, 0),
    mustAct: mergeMustAct(rows.flatMap((r) => r.mustAct)),
    dueDate: due[0] ?? null,
    lateProjects: late.length,
    daysLate: maxOf(late.map((r) => r.daysLate)),
  };
}

/**
 * The "5 rõ" rows at `level` on `today`: one per followed project, or one per responsible unit
 * or person (names that differ only in case, spacing or diacritics are one; projects naming
 * none are gathered under a row with a null name). Most late first, then most parcels open.
 */
export function accountabilityRows(report: readonly ProjectReportRow[], level: AccountabilityLevel, today: string): AccountabilityRow[] {
  const projects = report.filter((r) => r.retiredAt === null).map((r) => projectRow(r, today));
  let rows: AccountabilityRow[] = projects;
  if (level !== "project") {
    const groups = new Map<string, AccountabilityRow[]>();
    for (const row of projects) {
      const name = level === "unit" ? row.responsibleUnit : row.responsiblePerson;
      const key = name === null ? "" : foldName(name);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    rows = [...groups].map(([key, members]) => groupRow(level, key, members));
  }
  return rows.sort((a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1) || b.openParcels - a.openParcels);
}

/** What the "5 rõ" tables are narrowed to. */
export interface AccountabilityFilter {
  /** Words to find in the name, code, unit, person or who must act (any case, with or without diacritics). */
  readonly text: string;
  /** Only projects of this kind; null for every kind. */
  readonly kind: ProjectKindId | null;
  /** Only rows with a project past its due date. */
  readonly onlyLate: boolean;
}

export const NO_ACCOUNTABILITY_FILTER: AccountabilityFilter = { text: "", kind: null, onlyLate: false };

/** The report rows of the kind asked for (the kind narrows the projects before they are gathered). */
export function reportOfKind(report: readonly ProjectReportRow[], kind: ProjectKindId | null): ProjectReportRow[] {
  return kind === null ? [...report] : report.filter((r) => r.kind === kind);
}

/** True when `row` passes the filter's words and "only late". */
export function matchesAccountability(row: AccountabilityRow, filter: AccountabilityFilter): boolean {
  if (filter.onlyLate && row.lateProjects === 0) return false;
  const words = foldName(filter.text).split(" ").filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = foldName([row.name, row.code, row.responsibleUnit, row.responsiblePerson, ...row.mustAct.map((m) => m.responsible)]
    .filter((v) => v !== null).join(" "));
  return words.every((w) => haystack.includes(w));
}

/** The "5 rõ" rows at `level`, filtered. */
export function filteredAccountability(report: readonly ProjectReportRow[], level: AccountabilityLevel, filter: AccountabilityFilter, today: string): AccountabilityRow[] {
  return accountabilityRows(reportOfKind(report, filter.kind), level, today).filter((r) => matchesAccountability(r, filter));
}

/** A parcel blocked for more than STALE_BLOCKER_DAYS on the day, with how long. */
export interface StaleBlockedParcel {
  readonly parcel: ParcelTimelineRow;
  readonly daysBlocked: number;
}

/** The parcels of `rows` blocked for more than STALE_BLOCKER_DAYS on `today`, longest blocked first. */
export function staleBlockedParcels(rows: readonly ParcelTimelineRow[], today: string): StaleBlockedParcel[] {
  return rows
    .flatMap((parcel) => {
      const days = parcel.blocked ? daysSince(parcel.blockedSince, today) : null;
      return days !== null && days > STALE_BLOCKER_DAYS ? [{ parcel, daysBlocked: days }] : [];
    })
    .sort((a, b) => b.daysBlocked - a.daysBlocked);
}

/** A parcel not handed over, with how long it has waited at its stage. */
export interface WaitingParcel {
  readonly parcel: ParcelTimelineRow;
  /** Days at its stage on `today`; null when no event ever moved it (its start is not known). */
  readonly daysAtStage: number | null;
}

/** The parcels of `rows` not handed over, the longest wait first (unknown waits last). */
export function waitingParcels(rows: readonly ParcelTimelineRow[], today: string): WaitingParcel[] {
  return rows
    .filter((parcel) => parcel.stage !== "handed_over")
    .map((parcel) => ({ parcel, daysAtStage: daysSince(parcel.stageSince, today) }))
    .sort((a, b) => (b.daysAtStage ?? -1) - (a.daysAtStage ?? -1));
}
