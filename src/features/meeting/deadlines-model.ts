// The legal-deadline list's one model (screen, CSV, XLSX): each red or amber flag of a parcel
// (src/domain/deadline-rules.ts, judged on the day shown) with its rule, article and limit day.

import type { DeadlineFlag, DeadlineRule } from "@/domain/deadline-rules";
import { deadlineFlags, deadlineRule } from "@/domain/deadline-rules";
import type { Lang } from "@/domain/lang";
import { landTypeLabel } from "@/domain/land-types";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** One flag of one parcel. */
export interface DeadlineRow {
  readonly key: string;
  readonly parcel: ParcelTimelineRow;
  readonly flag: DeadlineFlag;
  readonly rule: DeadlineRule;
}

/**
 * Every flag of `parcels` on `today`, by project (in the order of `projectName`), red before
 * amber, most days first.
 */
export function deadlineRows(parcels: readonly ParcelTimelineRow[], today: string, projectName: (projectId: string) => string): DeadlineRow[] {
  return parcels
    .flatMap((parcel) => deadlineFlags(parcel, today).map((flag) => ({
      key: `${parcel.id}:${flag.ruleId}`, parcel, flag, rule: deadlineRule(flag.ruleId),
    })))
    .sort((a, b) => projectName(a.parcel.projectId).localeCompare(projectName(b.parcel.projectId), "vi", { numeric: true }) ||
      (a.flag.level === b.flag.level ? b.flag.days - a.flag.days : a.flag.level === "red" ? -1 : 1));
}

export interface DeadlineWords {
  readonly lang: Lang;
  readonly red: string;
  readonly amber: string;
  readonly total: string;
  readonly projectName: (projectId: string) => string;
}

export function deadlinesModel(
  rows: readonly DeadlineRow[],
  words: DeadlineWords,
  href: (row: DeadlineRow) => string | null,
): ScreenTableModel<DeadlineRow> {
  const en = words.lang === "en";
  const red = rows.filter((r) => r.flag.level === "red").length;
  return {
    fileName: "han-luat-dinh",
    sheetVi: "Hạn luật định",
    columns: [
      { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", width: 32, value: (r) => words.projectName(r.parcel.projectId) },
      { id: "parcel", headerVi: "Tờ bản đồ / thửa", headerEn: "Map sheet / parcel", type: "text", width: 16, value: (r) => `${r.parcel.mapSheet} / ${r.parcel.parcelNo}`, href },
      { id: "level", headerVi: "Mức", headerEn: "Level", type: "text", width: 14, value: (r) => (r.flag.level === "red" ? words.red : words.amber), tone: (r) => r.flag.level },
      { id: "late", headerVi: "Quá / sai hạn (ngày)", headerEn: "Days past / short", type: "days", width: 12, value: (r) => (r.flag.level === "red" ? r.flag.days : null) },
      { id: "left", headerVi: "Còn lại (ngày)", headerEn: "Days left", type: "days", width: 12, value: (r) => (r.flag.level === "amber" ? r.flag.days : null) },
      { id: "limit", headerVi: "Ngày giới hạn", headerEn: "Limit day", type: "date", value: (r) => r.flag.limitDay },
      { id: "rule", headerVi: "Quy định", headerEn: "Rule", type: "text", width: 48, value: (r) => (en ? r.rule.labelEn : r.rule.labelVi) },
      { id: "article", headerVi: "Căn cứ", headerEn: "Article", type: "text", width: 30, value: (r) => (en ? r.rule.articleEn : r.rule.articleVi) },
      { id: "act", headerVi: "Ngày thực hiện", headerEn: "Act day", type: "date", value: (r) => r.flag.actDay },
      { id: "land", headerVi: "Loại đất", headerEn: "Land type", type: "text", width: 18, value: (r) => landTypeLabel(r.parcel.landType, words.lang) },
    ],
    totals: { project: words.total, parcel: String(new Set(rows.map((r) => r.parcel.id)).size), level: `${words.red}: ${red}; ${words.amber}: ${rows.length - red}` },
  };
}
