import { describe, expect, it } from "vitest";
import { emptyPlanForm, validatePlanForm } from "@/features/households/plan-form-model";

const TODAY = "2026-12-02";

describe("plan form", () => {
  it("asks for the project and the batch", () => {
    expect(validatePlanForm(emptyPlanForm(), TODAY).errors).toEqual({ projectId: "choice_required", batch: "required" });
  });

  it("records a decision with both its number and its date, never one", () => {
    const base = { ...emptyPlanForm("p1"), batch: "Đợt 3" };
    expect(validatePlanForm({ ...base, decisionNo: "125/QĐ-UBND" }, TODAY).errors).toEqual({ decisionDate: "decision_incomplete" });
    expect(validatePlanForm({ ...base, decisionDate: "2026-11-20" }, TODAY).errors).toEqual({ decisionNo: "decision_incomplete" });
    expect(validatePlanForm({ ...base, decisionNo: "125/QĐ-UBND", decisionDate: "2026-12-03" }, TODAY).errors)
      .toEqual({ decisionDate: "date_future" });
  });

  it("keeps the posting's last day on or after its first", () => {
    const base = { ...emptyPlanForm("p1"), batch: "Đợt 3" };
    expect(validatePlanForm({ ...base, postedTo: "2026-10-01" }, TODAY).errors).toEqual({ postedFrom: "required" });
    expect(validatePlanForm({ ...base, postedFrom: "2026-10-01", postedTo: "2026-09-30" }, TODAY).errors)
      .toEqual({ postedTo: "posting_order" });
  });

  it("sends the table's columns, empty fields as null", () => {
    const v = { ...emptyPlanForm("p1"), batch: " Đợt 3 ", postedFrom: "2026-09-01", postedTo: "2026-10-01",
      decisionNo: "125/QĐ-UBND", decisionDate: "2026-11-20" };
    expect(validatePlanForm(v, TODAY).data).toEqual({
      project_id: "p1", batch: "Đợt 3", posted_from: "2026-09-01", posted_to: "2026-10-01",
      decision_no: "125/QĐ-UBND", decision_date: "2026-11-20",
    });
  });
});
