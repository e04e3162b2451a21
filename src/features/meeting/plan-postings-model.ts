// The plan batches whose draft was posted for less than 30 days (Art. 87) as one model (screen,
// CSV, XLSX): each batch the posting rule (planPostingFlag, judged by judgeRule as every rule)
// flags on the day shown.

import type { DeadlineFlag } from "@/domain/deadline-rules";
import { planPostingFlag } from "@/domain/deadline-rules";
import type { PlanPosting } from "@/data/plan-postings-query";
import type { ScreenTableModel } from "@/features/meeting/table-view";

/** One flagged plan batch. */
export interface PlanPostingFlagRow {
  readonly key: string;
  readonly plan: PlanPosting;
  readonly flag: DeadlineFlag;
}

/** The candidates the posting rule flags on `today`, by project (in the order of `projectName`), the shortest postings first. */
export function planPostingRows(plans: readonly PlanPosting[], today: string,
  projectName: (projectId: string) => string): PlanPostingFlagRow[] {
  return plans
    .flatMap((plan) => {
      const flag = planPostingFlag(plan, today);
      return flag ? [{ key: plan.id, plan, flag }] : [];
    })
    .sort((a, b) => projectName(a.plan.projectId).localeCompare(projectName(b.plan.projectId), "vi", { numeric: true }) ||
      b.flag.days - a.flag.days);
}

export function planPostingsModel(
  rows: readonly PlanPostingFlagRow[],
  words: { readonly total: string; readonly projectName: (projectId: string) => string },
): ScreenTableModel<PlanPostingFlagRow> {
  return {
    fileName: "niem-yet-du-thao-phuong-an",
    sheetVi: "Niêm yết dự thảo phương án",
    columns: [
      { id: "project", headerVi: "Dự án", headerEn: "Project", type: "text", width: 32, value: (r) => words.projectName(r.plan.projectId) },
      { id: "batch", headerVi: "Đợt phương án", headerEn: "Plan batch", type: "text", width: 14, value: (r) => r.plan.batch },
      { id: "from", headerVi: "Niêm yết từ", headerEn: "Posted from", type: "date", value: (r) => r.plan.postedFrom },
      { id: "to", headerVi: "Niêm yết đến", headerEn: "Posted to", type: "date", value: (r) => r.plan.postedTo },
      { id: "decided", headerVi: "Ngày phê duyệt", headerEn: "Approved on", type: "date", value: (r) => r.plan.decisionDate },
      { id: "decision", headerVi: "Số quyết định", headerEn: "Decision", type: "text", width: 16, value: (r) => r.plan.decisionNo },
      { id: "limit", headerVi: "Ngày đủ 30 ngày", headerEn: "30 days reached on", type: "date", value: (r) => r.flag.limitDay },
      { id: "short", headerVi: "Thiếu (ngày)", headerEn: "Days short", type: "days", width: 10, value: (r) => r.flag.days, tone: () => "red" },
    ],
    totals: { project: words.total, batch: String(rows.length) },
  };
}
