// The "5 rõ" table's one model (screen, CSV, XLSX) at each level: who answers, what is open,
// how long it has waited, the stale blockers with who must act, and how late it is.

import type { AccountabilityLevel, AccountabilityRow, MustAct } from "@/domain/accountability";
import { m2ToHa } from "@/domain/format";
import type { CellValue } from "@/domain/table-export";
import type { ScreenColumn, ScreenTableModel } from "@/features/meeting/table-view";

/** The words the model needs from the page (kept out so the model stays a plain function). */
export interface AccountabilityWords {
  readonly unassigned: string;
  readonly unknownResponsible: string;
  /** The totals row's name. */
  readonly total: string;
}

/** "UBND xã (3); chưa rõ người xử lý (1)". */
export function mustActText(list: readonly MustAct[], words: AccountabilityWords): string | null {
  if (list.length === 0) return null;
  return list.map((m) => `${m.responsible ?? words.unknownResponsible} (${m.parcels})`).join("; ");
}

const NAME_HEADERS: Record<AccountabilityLevel, [string, string]> = {
  project: ["Dự án", "Project"],
  unit: ["Đơn vị chịu trách nhiệm", "Responsible unit"],
  person: ["Người chịu trách nhiệm", "Responsible person"],
};

const FILE_NAMES: Record<AccountabilityLevel, string> = { project: "5-ro-du-an", unit: "5-ro-don-vi", person: "5-ro-ca-nhan" };
const SHEETS: Record<AccountabilityLevel, string> = { project: "5 rõ theo dự án", unit: "5 rõ theo đơn vị", person: "5 rõ theo cá nhân" };

function sum(rows: readonly AccountabilityRow[], pick: (r: AccountabilityRow) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0);
}

/** The model of the "5 rõ" table at `level` for `rows`; `href` is the map link of a row. */
export function accountabilityModel(
  level: AccountabilityLevel,
  rows: readonly AccountabilityRow[],
  words: AccountabilityWords,
  href: (row: AccountabilityRow) => string | null,
): ScreenTableModel<AccountabilityRow> {
  const [nameVi, nameEn] = NAME_HEADERS[level];
  const columns: ScreenColumn<AccountabilityRow>[] = [
    { id: "name", headerVi: nameVi, headerEn: nameEn, type: "text", width: 36, value: (r) => r.name ?? words.unassigned, href },
  ];
  if (level === "project") {
    columns.push({ id: "code", headerVi: "Mã dự án", headerEn: "Code", type: "text", width: 12, value: (r) => r.code });
  }
  if (level !== "unit") {
    columns.push({ id: "unit", headerVi: "Đơn vị chịu trách nhiệm", headerEn: "Responsible unit", type: "text", value: (r) => r.responsibleUnit });
  }
  if (level !== "person") {
    columns.push({ id: "person", headerVi: "Người chịu trách nhiệm", headerEn: "Responsible person", type: "text", width: 22, value: (r) => r.responsiblePerson });
  }
  if (level !== "project") {
    columns.push({ id: "projects", headerVi: "Số dự án", headerEn: "Projects", type: "count", value: (r) => r.projectIds.length });
  }
  const cells: ScreenColumn<AccountabilityRow>[] = [
    { id: "open", headerVi: "Số thửa chưa bàn giao", headerEn: "Parcels not handed over", type: "count", width: 12, value: (r) => r.openParcels },
    { id: "openHa", headerVi: "Diện tích chưa bàn giao (ha)", headerEn: "Area not handed over (ha)", type: "ha", width: 14, value: (r) => m2ToHa(r.openAreaM2) },
    { id: "wait", headerVi: "Lâu nhất ở một bước (ngày)", headerEn: "Longest at one stage (days)", type: "days", width: 14, value: (r) => r.oldestStageDays },
    { id: "stale", headerVi: "Vướng mắc quá 14 ngày (thửa)", headerEn: "Blocked over 14 days (parcels)", type: "count", width: 14, value: (r) => r.staleBlockers },
    { id: "mustAct", headerVi: "Ai phải xử lý", headerEn: "Who must act", type: "text", width: 36, value: (r) => mustActText(r.mustAct, words) },
    { id: "due", headerVi: level === "project" ? "Hạn hoàn thành" : "Hạn sớm nhất đã quá", headerEn: level === "project" ? "Due date" : "Earliest missed due date", type: "date", value: (r) => r.dueDate },
  ];
  columns.push(...cells);
  if (level !== "project") {
    columns.push({ id: "late", headerVi: "Số dự án quá hạn", headerEn: "Projects past due", type: "count", width: 12, value: (r) => r.lateProjects });
  }
  columns.push({ id: "daysLate", headerVi: "Quá hạn (ngày)", headerEn: "Days past due", type: "days", width: 12, value: (r) => r.daysLate, tone: (r) => (r.daysLate ? "red" : null) });

  const totals: Record<string, CellValue> = {
    name: words.total, open: sum(rows, (r) => r.openParcels), openHa: m2ToHa(sum(rows, (r) => r.openAreaM2)),
    stale: sum(rows, (r) => r.staleBlockers), late: sum(rows, (r) => r.lateProjects), projects: sum(rows, (r) => r.projectIds.length),
  };
  return { fileName: FILE_NAMES[level], sheetVi: SHEETS[level], columns, totals };
}
