// The stale blockers table's one model (screen, CSV, XLSX): each parcel blocked for more than
// 14 days, where it is, what blocks it, who must act and since when.

import type { StaleBlockedParcel } from "@/domain/accountability";
import { dayOf } from "@/domain/accountability";
import type { Lang } from "@/domain/lang";
import { landTypeLabel } from "@/domain/land-types";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** What the model needs from the page. */
export interface BlockerWords {
  readonly lang: Lang;
  readonly unknownResponsible: string;
  readonly total: string;
  /** The project's "code – name" by id. */
  readonly projectName: (projectId: string) => string;
}

export function blockersModel(
  rows: readonly StaleBlockedParcel[],
  words: BlockerWords,
  href: (row: StaleBlockedParcel) => string | null,
): ScreenTableModel<StaleBlockedParcel> {
  return {
    fileName: "vuong-mac-qua-14-ngay",
    sheetVi: "Vướng mắc quá 14 ngày",
    columns: [
      { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", width: 32, value: (r) => words.projectName(r.parcel.projectId) },
      { id: "parcel", headerVi: "Tờ bản đồ / thửa", headerEn: "Map sheet / parcel", type: "text", width: 16, value: (r) => `${r.parcel.mapSheet} / ${r.parcel.parcelNo}`, href },
      { id: "reason", headerVi: "Vướng mắc", headerEn: "Blocker", type: "text", width: 32, value: (r) => r.parcel.blockerReason },
      { id: "mustAct", headerVi: "Ai phải xử lý", headerEn: "Who must act", type: "text", width: 26, value: (r) => r.parcel.blockerResponsible ?? words.unknownResponsible },
      { id: "days", headerVi: "Số ngày vướng", headerEn: "Days blocked", type: "days", value: (r) => r.daysBlocked },
      { id: "since", headerVi: "Vướng từ ngày", headerEn: "Blocked since", type: "date", value: (r) => (r.parcel.blockedSince ? dayOf(r.parcel.blockedSince) : null) },
      { id: "stage", headerVi: "Bước", headerEn: "Stage", type: "text", width: 24, value: (r) => labelIn(stageById(r.parcel.stage), words.lang) },
      { id: "land", headerVi: "Loại đất", headerEn: "Land type", type: "text", width: 18, value: (r) => landTypeLabel(r.parcel.landType, words.lang) },
      { id: "ha", headerVi: "Diện tích (ha)", headerEn: "Area (ha)", type: "ha", value: (r) => r.parcel.areaM2 / 10_000 },
    ],
    totals: { project: words.total, parcel: String(rows.length), ha: rows.reduce((s, r) => s + r.parcel.areaM2, 0) / 10_000 },
  };
}
