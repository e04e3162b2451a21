import { describe, expect, it } from "vitest";
import { addDays } from "@/domain/act-date";
import type { PlanPosting } from "@/data/plan-postings-query";
import { planPostingRows, planPostingsModel } from "@/features/meeting/plan-postings-model";

const START = "2026-09-01";
const plan = (id: string, projectId: string, p: Partial<PlanPosting>): PlanPosting => ({
  id, projectId, batch: `Đợt ${id}`, postedFrom: null, postedTo: null, decisionNo: null, decisionDate: null, ...p,
});
const names: Record<string, string> = { a: "Dự án A", b: "Dự án B" };

describe("the plan batches' postings on the meeting view", () => {
  const plans = [
    plan("1", "b", { postedFrom: START, postedTo: addDays(START, 25) }),
    plan("2", "a", { postedFrom: START, postedTo: addDays(START, 30), decisionDate: addDays(START, 20), decisionNo: "12/QĐ-UBND" }),
    plan("3", "a", { postedFrom: START, postedTo: addDays(START, 30), decisionDate: addDays(START, 31) }),
    plan("4", "a", { decisionDate: addDays(START, 5) }),
    plan("5", "b", { decisionDate: addDays(START, 90) }),
  ];

  it("flags the batches posted under 30 days, by project, the shortest first", () => {
    const flagged = planPostingRows(plans, addDays(START, 60), (id) => names[id] ?? id);
    expect(flagged.map((r) => [r.plan.id, r.flag.days])).toEqual([["2", 10], ["1", 5]]);
  });

  it("gives the file's columns with the days short and the total of batches", () => {
    const flagged = planPostingRows(plans, addDays(START, 60), (id) => names[id] ?? id);
    const model = planPostingsModel(flagged, { total: "Tổng", projectName: (id) => names[id] ?? id });
    const row = flagged[0]!;
    expect(model.columns.map((c) => c.value(row))).toEqual(
      ["Dự án A", "Đợt 2", START, addDays(START, 30), addDays(START, 20), "12/QĐ-UBND", addDays(START, 30), 10]);
    expect(model.totals).toEqual({ project: "Tổng", batch: "2" });
  });
});
