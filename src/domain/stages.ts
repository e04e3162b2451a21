// The one stage table: ids, order, labels and colours of a parcel's land-clearance stages
// (Land Law 2024, Art. 85-87 and 89). The database lists the same ids in public.stages;
// src/domain/stages.test.ts and tests/api keep the two in step.

/** A stage id, as stored in parcels.stage and parcel_events.to_stage. */
export type StageId =
  | "not_started"
  | "dialogue"
  | "notice"
  | "inventory"
  | "plan_approved"
  | "recovery_decided"
  | "compensated"
  | "handed_over";

/** One stage: its position in the legal order, labels and map colour. */
export interface Stage {
  readonly id: StageId;
  readonly position: number;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Short Vietnamese explanation for the public view. */
  readonly explainVi: string;
  /** Fill colour on the map and in charts; a sequential scale ending in green = cleared. */
  readonly color: string;
  /** True for the stage from which a parcel counts as cleared. */
  readonly isCleared: boolean;
}

/** All stages in legal order. */
export const STAGES: readonly Stage[] = [
  {
    id: "not_started", position: 0, labelVi: "Chưa triển khai", labelEn: "Not started",
    explainVi: "Chưa bắt đầu các thủ tục thu hồi đất.", color: "#bdbdbd", isCleared: false,
  },
  {
    id: "dialogue", position: 1, labelVi: "Đã họp dân", labelEn: "Dialogue meeting held",
    explainVi: "Đã tổ chức họp, đối thoại với người dân có đất bị thu hồi.", color: "#fdd49e", isCleared: false,
  },
  {
    id: "notice", position: 2, labelVi: "Đã thông báo thu hồi đất", labelEn: "Recovery notice issued",
    explainVi: "Đã ban hành và niêm yết thông báo thu hồi đất.", color: "#fdbb84", isCleared: false,
  },
  {
    id: "inventory", position: 3, labelVi: "Đã kiểm đếm", labelEn: "Inventory done",
    explainVi: "Đã điều tra, khảo sát, đo đạc, kiểm đếm đất và tài sản.", color: "#fc8d59", isCleared: false,
  },
  {
    id: "plan_approved", position: 4, labelVi: "Đã phê duyệt phương án BT, HT, TĐC",
    labelEn: "Compensation plan approved",
    explainVi: "Phương án bồi thường, hỗ trợ, tái định cư đã được niêm yết, lấy ý kiến và phê duyệt.",
    color: "#9e9ac8", isCleared: false,
  },
  {
    id: "recovery_decided", position: 5, labelVi: "Đã có quyết định thu hồi đất",
    labelEn: "Recovery decision issued",
    explainVi: "Đã ban hành quyết định thu hồi đất.", color: "#6a51a3", isCleared: false,
  },
  {
    id: "compensated", position: 6, labelVi: "Đã chi trả bồi thường", labelEn: "Compensation paid",
    explainVi: "Đã chi trả tiền bồi thường, hỗ trợ.", color: "#41b6c4", isCleared: false,
  },
  {
    id: "handed_over", position: 7, labelVi: "Đã bàn giao mặt bằng", labelEn: "Site handed over",
    explainVi: "Đã bàn giao mặt bằng: thửa đất được tính là đã giải phóng.", color: "#238b45", isCleared: true,
  },
];

/** The stage ids in legal order. */
export const STAGE_IDS: readonly StageId[] = STAGES.map((s) => s.id);

const BY_ID = new Map<string, Stage>(STAGES.map((s) => [s.id, s]));

/** True when `value` is a known stage id. */
export function isStageId(value: unknown): value is StageId {
  return typeof value === "string" && BY_ID.has(value);
}

/** The stage with this id; throws on an unknown id (a programming or data error). */
export function stageById(id: StageId): Stage {
  const stage = BY_ID.get(id);
  if (!stage) throw new Error(`Unknown stage id: ${id}`);
  return stage;
}

/** The stage after `id`, or null at the last stage. */
export function nextStage(id: StageId): StageId | null {
  return STAGES[stageById(id).position + 1]?.id ?? null;
}

/** The kind of move from one stage to another; skips and backward moves need a note. */
export type StageMove = "same" | "next" | "skip" | "backward";

/** Classifies a move as the database does in record_parcel_events. */
export function classifyMove(from: StageId, to: StageId): StageMove {
  const step = stageById(to).position - stageById(from).position;
  if (step === 0) return "same";
  if (step === 1) return "next";
  return step > 1 ? "skip" : "backward";
}

/** True when a move from `from` to `to` must carry a note. */
export function moveNeedsNote(from: StageId, to: StageId): boolean {
  const move = classifyMove(from, to);
  return move === "skip" || move === "backward";
}
