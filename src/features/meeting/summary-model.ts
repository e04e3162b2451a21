// The province summary ("Biểu tổng hợp tiến độ GPMB"), one row per followed project, as one model
// (screen, CSV, XLSX): who, how much to clear, parcels and hectares at each stage, handed over,
// remaining, blockers by reason with who must act, the households affected, approved, paid and
// handed over with the money approved and paid, graves, utilities and resettlement plots, the
// project's targets and its due date.

import { daysBefore } from "@/domain/act-date";
import { m2ToHa } from "@/domain/format";
import { sumHouseholdFigures, utilitiesText } from "@/domain/household-figures";
import type { HouseholdFigures, ItemKind } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import type { ProjectReportRow } from "@/domain/meeting-types";
import { projectKindById } from "@/domain/project-kinds";
import { STAGES } from "@/domain/stages";
import type { CellValue } from "@/domain/table-export";
import type { ScreenColumn, ScreenTableModel } from "@/features/meeting/table-view";

export interface SummaryWords {
  readonly lang: Lang;
  readonly total: string;
  readonly unknownResponsible: string;
  /** The project's targets in words ("…: 12,5 ha / 20 ha, đúng tiến độ"), or null. */
  readonly targets: (projectId: string) => string | null;
  /** The project's household units on the day (household_progress by project), or null while unknown. */
  readonly households: (projectId: string) => HouseholdFigures | null;
  /** A utility kind's name ("Đường điện"). */
  readonly itemKind: (kind: ItemKind) => string;
}

/** The share of the area to clear that is handed over; null without an area to clear. */
export function clearedShare(cleared: number, toClear: number): number | null {
  return toClear > 0 ? cleared / toClear : null;
}

function blockersText(row: ProjectReportRow, words: SummaryWords): string | null {
  if (row.blockers.length === 0) return null;
  return row.blockers.map((b) => `${b.reason} (${b.parcels}): ${b.responsible ?? words.unknownResponsible}`).join("; ");
}

const sum = (rows: readonly ProjectReportRow[], pick: (r: ProjectReportRow) => number) => rows.reduce((s, r) => s + pick(r), 0);

export function summaryModel(
  rows: readonly ProjectReportRow[],
  today: string,
  words: SummaryWords,
  href: (row: ProjectReportRow) => string | null,
): ScreenTableModel<ProjectReportRow> {
  const stageColumns: ScreenColumn<ProjectReportRow>[] = STAGES.flatMap((s) => [
    { id: `n_${s.id}`, headerVi: `${s.labelVi}: số thửa`, headerEn: `${s.labelEn}: parcels`, type: "count" as const, width: 12, value: (r: ProjectReportRow) => r.byStage[s.id].parcels },
    { id: `ha_${s.id}`, headerVi: `${s.labelVi}: ha`, headerEn: `${s.labelEn}: ha`, type: "ha" as const, width: 12, value: (r: ProjectReportRow) => m2ToHa(r.byStage[s.id].areaM2) },
  ]);
  const columns: ScreenColumn<ProjectReportRow>[] = [
    { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", width: 36, value: (r) => `${r.code} – ${r.name}`, href },
    { id: "kind", headerVi: "Loại dự án", headerEn: "Kind", type: "text", width: 18, value: (r) => labelIn(projectKindById(r.kind), words.lang) },
    { id: "investor", headerVi: "Chủ đầu tư", headerEn: "Investor", type: "text", width: 24, value: (r) => r.investor },
    { id: "unit", headerVi: "Đơn vị chịu trách nhiệm", headerEn: "Responsible unit", type: "text", width: 24, value: (r) => r.responsibleUnit },
    { id: "toClear", headerVi: "Diện tích phải GPMB (ha)", headerEn: "Area to clear (ha)", type: "ha", width: 14, value: (r) => m2ToHa(r.areaToClearM2) },
    { id: "parcels", headerVi: "Tổng số thửa", headerEn: "Parcels", type: "count", value: (r) => r.parcels },
    ...stageColumns,
    { id: "clearedHa", headerVi: "Đã bàn giao (ha)", headerEn: "Handed over (ha)", type: "ha", width: 13, value: (r) => m2ToHa(r.clearedAreaM2) },
    { id: "clearedShare", headerVi: "Đã bàn giao (%)", headerEn: "Handed over (%)", type: "percent", width: 12, value: (r) => clearedShare(r.clearedAreaM2, r.areaToClearM2) },
    { id: "remaining", headerVi: "Còn phải GPMB (ha)", headerEn: "Remaining (ha)", type: "ha", width: 13, value: (r) => m2ToHa(Math.max(0, r.areaToClearM2 - r.clearedAreaM2)) },
    { id: "blocked", headerVi: "Thửa vướng mắc", headerEn: "Blocked parcels", type: "count", width: 11, value: (r) => r.blockedParcels },
    { id: "blockers", headerVi: "Vướng mắc theo nguyên nhân (số thửa): ai phải xử lý", headerEn: "Blockers by reason (parcels): who must act", type: "text", width: 48, value: (r) => blockersText(r, words) },
    ...householdColumns(words),
    { id: "targets", headerVi: "Mục tiêu", headerEn: "Target", type: "text", width: 40, value: (r) => words.targets(r.id) },
    { id: "due", headerVi: "Hạn hoàn thành", headerEn: "Due date", type: "date", value: (r) => r.dueDate },
    { id: "daysLeft", headerVi: "Số ngày còn lại (âm: đã quá hạn)", headerEn: "Days left (negative: past due)", type: "days", width: 11, value: (r) => (r.dueDate ? daysBefore(today, r.dueDate) : null) },
  ];
  const totals: Record<string, CellValue> = {
    project: words.total,
    toClear: m2ToHa(sum(rows, (r) => r.areaToClearM2)),
    parcels: sum(rows, (r) => r.parcels),
    clearedHa: m2ToHa(sum(rows, (r) => r.clearedAreaM2)),
    clearedShare: clearedShare(sum(rows, (r) => r.clearedAreaM2), sum(rows, (r) => r.areaToClearM2)),
    remaining: m2ToHa(sum(rows, (r) => Math.max(0, r.areaToClearM2 - r.clearedAreaM2))),
    blocked: sum(rows, (r) => r.blockedParcels),
  };
  const figures = rows.map((r) => words.households(r.id));
  if (figures.every((f) => f !== null)) {
    const total = sumHouseholdFigures(figures.filter((f) => f !== null));
    for (const column of householdColumns(words)) totals[column.id] = column.figure(total);
  }
  for (const s of STAGES) {
    totals[`n_${s.id}`] = sum(rows, (r) => r.byStage[s.id].parcels);
    totals[`ha_${s.id}`] = m2ToHa(sum(rows, (r) => r.byStage[s.id].areaM2));
  }
  return { fileName: "bieu-tong-hop-tien-do-gpmb", sheetVi: "Biểu tổng hợp tiến độ GPMB", columns, totals };
}

type HouseholdColumn = ScreenColumn<ProjectReportRow> & { readonly figure: (f: HouseholdFigures) => CellValue };

/** The household units' columns: each reads the project's figures (empty while unknown). */
function householdColumns(words: SummaryWords): HouseholdColumn[] {
  const column = (id: string, headerVi: string, headerEn: string, figure: (f: HouseholdFigures) => CellValue,
    type: "count" | "text" = "count", width = 12): HouseholdColumn => ({
    id, headerVi, headerEn, type, width, figure,
    value: (r) => {
      const f = words.households(r.id);
      return f ? figure(f) : null;
    },
  });
  return [
    column("hh", "Số hộ bị ảnh hưởng", "Households affected", (f) => f.households),
    column("hhApproved", "Hộ có phương án được duyệt", "Households with an approved plan", (f) => f.householdsPlanApproved),
    column("hhPaid", "Hộ đã nhận đủ tiền", "Households paid in full", (f) => f.householdsPaid),
    column("hhHanded", "Hộ đã bàn giao mặt bằng", "Households handed over", (f) => f.householdsHandedOver),
    column("vndApproved", "Kinh phí đã duyệt (đồng)", "Approved (VND)", (f) => f.approvedVnd, "count", 18),
    column("vndPaid", "Đã chi trả (đồng)", "Paid (VND)", (f) => f.paidVnd, "count", 18),
    column("gravesMoved", "Mộ đã di chuyển", "Graves moved", (f) => f.gravesMoved),
    column("gravesTotal", "Tổng số mộ phải di chuyển", "Graves to move", (f) => f.gravesTotal),
    column("utilities", "Hạ tầng đã di dời / phải di dời", "Utilities relocated / to relocate",
      (f) => utilitiesText(f.utilities, words.lang, words.itemKind), "text", 36),
    column("plotsReady", "Lô tái định cư sẵn sàng", "Resettlement plots ready", (f) => f.plotsReady),
    column("plotsNeeded", "Lô tái định cư cần bố trí", "Resettlement plots needed", (f) => f.plotsNeeded),
  ];
}
