// The households past or near the 30-day payment limit as one model (screen, CSV, XLSX): each
// party's part of an approved plan that src/domain/deadline-rules.ts (household_payment, judged
// by judgeRule as every rule) flags on the day shown, with its amounts and the limit day.

import type { DeadlineFlag } from "@/domain/deadline-rules";
import { householdPaymentFlag } from "@/domain/deadline-rules";
import type { HouseholdDeadlineRow } from "@/domain/household-types";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** One flagged household plan. */
export interface HouseholdDeadlineFlagRow {
  readonly key: string;
  readonly row: HouseholdDeadlineRow;
  readonly flag: DeadlineFlag;
}

/** The flagged rows on `today`, by project (in the order of `projectName`), red first, most days first. */
export function householdDeadlineRows(rows: readonly HouseholdDeadlineRow[], today: string,
  projectName: (projectId: string) => string): HouseholdDeadlineFlagRow[] {
  return rows
    .flatMap((row) => {
      const flag = householdPaymentFlag(row, today);
      return flag ? [{ key: `${row.partyId}:${row.planId}`, row, flag }] : [];
    })
    .sort((a, b) => projectName(a.row.projectId).localeCompare(projectName(b.row.projectId), "vi", { numeric: true }) ||
      (a.flag.level === b.flag.level ? b.flag.days - a.flag.days : a.flag.level === "red" ? -1 : 1));
}

export interface HouseholdDeadlineWords {
  readonly late: string;
  readonly near: string;
  readonly total: string;
  readonly projectName: (projectId: string) => string;
}

export function householdDeadlinesModel(
  rows: readonly HouseholdDeadlineFlagRow[],
  words: HouseholdDeadlineWords,
  href: (row: HouseholdDeadlineFlagRow) => string | null,
): ScreenTableModel<HouseholdDeadlineFlagRow> {
  const red = rows.filter((r) => r.flag.level === "red").length;
  const sum = (pick: (r: HouseholdDeadlineFlagRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    fileName: "han-chi-tra-tung-ho",
    sheetVi: "Hạn chi trả từng hộ",
    columns: [
      { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", width: 32, value: (r) => words.projectName(r.row.projectId) },
      { id: "party", headerVi: "Hộ / người sử dụng đất", headerEn: "Household / land user", type: "text", width: 30, value: (r) => r.row.partyName, href },
      { id: "batch", headerVi: "Đợt phương án", headerEn: "Plan batch", type: "text", width: 14, value: (r) => r.row.batch },
      { id: "level", headerVi: "Mức", headerEn: "Level", type: "text", width: 14, value: (r) => (r.flag.level === "red" ? words.late : words.near), tone: (r) => r.flag.level },
      { id: "late", headerVi: "Quá hạn (ngày)", headerEn: "Days past", type: "days", width: 10, value: (r) => (r.flag.level === "red" ? r.flag.days : null) },
      { id: "left", headerVi: "Còn lại (ngày)", headerEn: "Days left", type: "days", width: 10, value: (r) => (r.flag.level === "amber" ? r.flag.days : null) },
      { id: "decided", headerVi: "Ngày phê duyệt phương án", headerEn: "Plan approved on", type: "date", value: (r) => r.row.decisionDate },
      { id: "limit", headerVi: "Hạn chi trả", headerEn: "Payment limit", type: "date", value: (r) => r.flag.limitDay },
      { id: "total", headerVi: "Số tiền phải trả (đồng)", headerEn: "Amount due (VND)", type: "count", width: 16, value: (r) => r.row.totalVnd },
      { id: "paid", headerVi: "Đã chi trả (đồng)", headerEn: "Paid (VND)", type: "count", width: 16, value: (r) => r.row.paidVnd },
      { id: "paidInFull", headerVi: "Ngày nhận đủ", headerEn: "Paid in full on", type: "date", value: (r) => r.row.paidInFullOn },
    ],
    totals: {
      project: words.total, party: String(new Set(rows.map((r) => r.row.partyId)).size),
      level: `${words.late}: ${red}; ${words.near}: ${rows.length - red}`,
      total: sum((r) => r.row.totalVnd), paid: sum((r) => r.row.paidVnd),
    },
  };
}
