// The audit's tables as table models (src/domain/table-export.ts): the events of a parcel or a
// user, and a day's changes per area. The screen shows the same rows; the CSV and XLSX files are
// written from these models, in Vietnamese, so a file never says other than the page.

import type { AuditEvent, AuditState, DailyChanges } from "@/domain/audit-types";
import { vnDateTimeText } from "@/domain/audit-window";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import type { TableModel } from "@/domain/table-export";

/** A parcel's stage, and its blocker when it has one: "Đã kiểm đếm · vướng: Tranh chấp ranh giới". */
export function stateText(state: AuditState, lang: Lang): string {
  const stage = labelIn(stageById(state.stage), lang);
  if (!state.blocked) return stage;
  if (state.blockerReason === null) return lang === "en" ? `${stage} · blocked` : `${stage} · vướng mắc`;
  return lang === "en" ? `${stage} · blocked: ${state.blockerReason}` : `${stage} · vướng: ${state.blockerReason}`;
}

/** The parcel as people name it: "tờ 7, thửa 102". */
export function parcelLabel(e: Pick<AuditEvent, "mapSheet" | "parcelNo">, lang: Lang): string {
  return lang === "en" ? `sheet ${e.mapSheet ?? "–"}, parcel ${e.parcelNo ?? "–"}` : `tờ ${e.mapSheet ?? "–"}, thửa ${e.parcelNo ?? "–"}`;
}

/** What kind of change an event is: an ordinary one, an undo (reverses one event) or part of a revert. */
export type AuditKind = "change" | "undo" | "revert";

export function auditKind(e: Pick<AuditEvent, "revertId" | "revertsEventId">): AuditKind {
  if (e.revertId) return "revert";
  return e.revertsEventId ? "undo" : "change";
}

const KIND_VI: Record<AuditKind, string> = { change: "Thay đổi", undo: "Hoàn tác", revert: "Hoàn tác hàng loạt" };

/** The events' table; `fileName` names the file ("nhat-ky-thua-dat", "nhat-ky-nguoi-dung"). */
export function auditEventsModel(fileName: string): TableModel<AuditEvent> {
  return {
    fileName,
    sheetVi: "Nhật ký thay đổi",
    totals: null,
    columns: [
      { id: "recorded", headerVi: "Ghi nhận lúc", headerEn: "Recorded at", type: "text", width: 20, value: (e) => vnDateTimeText(e.recordedAt) },
      { id: "occurred", headerVi: "Thời điểm thực hiện", headerEn: "Occurred at", type: "text", width: 20, value: (e) => vnDateTimeText(e.occurredAt) },
      { id: "actor", headerVi: "Người thực hiện", headerEn: "By", type: "text", value: (e) => e.actorEmail },
      { id: "device", headerVi: "Thiết bị", headerEn: "Device", type: "text", width: 20, value: (e) => e.deviceId },
      { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", value: (e) => e.projectName },
      { id: "unit", headerVi: "Địa bàn", headerEn: "Area", type: "text", width: 20, value: (e) => e.adminUnitName ?? e.adminUnitId },
      { id: "parcel", headerVi: "Thửa đất", headerEn: "Parcel", type: "text", width: 18, value: (e) => parcelLabel(e, "vi") },
      { id: "kind", headerVi: "Loại", headerEn: "Kind", type: "text", width: 16, value: (e) => KIND_VI[auditKind(e)] },
      { id: "before", headerVi: "Trước", headerEn: "Before", type: "text", value: (e) => stateText(e.before, "vi") },
      { id: "after", headerVi: "Sau", headerEn: "After", type: "text", value: (e) => stateText(e.after, "vi") },
      { id: "note", headerVi: "Ghi chú", headerEn: "Note", type: "text", width: 40, value: (e) => e.note },
      { id: "revertReason", headerVi: "Lý do hoàn tác", headerEn: "Revert reason", type: "text", value: (e) => e.revertReason },
      { id: "reverts", headerVi: "Hoàn tác sự kiện", headerEn: "Reverts event", type: "text", width: 38, value: (e) => e.revertsEventId },
      { id: "revertedBy", headerVi: "Bị hoàn tác bởi", headerEn: "Reverted by", type: "text", width: 38, value: (e) => e.revertedBy.join(" ") || null },
      { id: "version", headerVi: "Phiên bản", headerEn: "Version", type: "count", value: (e) => e.version },
      { id: "event", headerVi: "Mã sự kiện", headerEn: "Event id", type: "text", width: 38, value: (e) => e.eventId },
    ],
  };
}

/** A day's changes per area, with the day's totals (users are not summed: one person works in several areas). */
export function dailyChangesModel(rows: readonly DailyChanges[]): TableModel<DailyChanges> {
  const sum = (pick: (r: DailyChanges) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return {
    fileName: "thay-doi-trong-ngay",
    sheetVi: "Thay đổi trong ngày",
    totals: {
      unit: "Tổng cộng", events: sum((r) => r.events), parcels: sum((r) => r.parcels), advances: sum((r) => r.advances),
      blockersSet: sum((r) => r.blockersSet), blockersCleared: sum((r) => r.blockersCleared), reverts: sum((r) => r.reverts),
      users: null,
    },
    columns: [
      { id: "unit", headerVi: "Địa bàn", headerEn: "Area", type: "text", value: (r) => r.adminUnitName ?? r.adminUnitId },
      { id: "events", headerVi: "Sự kiện", headerEn: "Events", type: "count", value: (r) => r.events },
      { id: "parcels", headerVi: "Thửa đất", headerEn: "Parcels", type: "count", value: (r) => r.parcels },
      { id: "advances", headerVi: "Chuyển bước tiếp", headerEn: "Stage advances", type: "count", value: (r) => r.advances },
      { id: "blockersSet", headerVi: "Vướng mắc mới", headerEn: "Blockers set", type: "count", value: (r) => r.blockersSet },
      { id: "blockersCleared", headerVi: "Vướng mắc đã gỡ", headerEn: "Blockers cleared", type: "count", value: (r) => r.blockersCleared },
      { id: "reverts", headerVi: "Hoàn tác", headerEn: "Reverts", type: "count", value: (r) => r.reverts },
      { id: "users", headerVi: "Người cập nhật", headerEn: "Users", type: "count", value: (r) => r.users },
    ],
  };
}
