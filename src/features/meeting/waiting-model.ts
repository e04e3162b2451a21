// The one model (screen, CSV, XLSX) of a project's parcels not handed over: where each is, its
// stage, since when and for how many days, and what blocks it.

import type { WaitingParcel } from "@/domain/accountability";
import { dayOf } from "@/domain/accountability";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** What the model needs from the page. */
export interface WaitingWords {
  readonly lang: Lang;
  readonly total: string;
}

export function waitingModel(
  rows: readonly WaitingParcel[],
  words: WaitingWords,
  href: (row: WaitingParcel) => string | null,
): ScreenTableModel<WaitingParcel> {
  return {
    fileName: "thua-chua-ban-giao",
    sheetVi: "Thửa chưa bàn giao",
    columns: [
      { id: "parcel", headerVi: "Tờ bản đồ / thửa", headerEn: "Map sheet / parcel", type: "text", width: 16, value: (r) => `${r.parcel.mapSheet} / ${r.parcel.parcelNo}`, href },
      { id: "stage", headerVi: "Bước hiện tại", headerEn: "Current stage", type: "text", width: 28, value: (r) => labelIn(stageById(r.parcel.stage), words.lang) },
      { id: "since", headerVi: "Ở bước này từ ngày", headerEn: "At this stage since", type: "date", value: (r) => (r.parcel.stageSince ? dayOf(r.parcel.stageSince) : null) },
      { id: "days", headerVi: "Số ngày ở bước", headerEn: "Days at stage", type: "days", value: (r) => r.daysAtStage },
      { id: "reason", headerVi: "Vướng mắc", headerEn: "Blocker", type: "text", width: 28, value: (r) => r.parcel.blockerReason },
      { id: "mustAct", headerVi: "Ai phải xử lý", headerEn: "Who must act", type: "text", width: 24, value: (r) => r.parcel.blockerResponsible },
      { id: "ha", headerVi: "Diện tích (ha)", headerEn: "Area (ha)", type: "ha", value: (r) => r.parcel.areaM2 / 10_000 },
    ],
    totals: { parcel: words.total, stage: String(rows.length), ha: rows.reduce((s, r) => s + r.parcel.areaM2, 0) / 10_000 },
  };
}
