import { describe, expect, it } from "vitest";
import { emptyLineForm, lineAmount, validateLineForm } from "@/features/households/line-form-model";

const base = { ...emptyLineForm("plan1"), content: "Bồi thường đất trồng lúa", quantity: "250", unit: "m²", unitPriceVnd: "120.000" };

describe("the plan line form", () => {
  it("reckons the amount from quantity and unit price when none is typed", () => {
    expect(lineAmount(null, 250, 120_000)).toBe(30_000_000);
    expect(lineAmount(5, 250, 120_000)).toBe(5);
    expect(lineAmount(null, null, 120_000)).toBeNull();
    expect(validateLineForm(base, "p1", "vi").data).toMatchObject({ amount_vnd: 30_000_000, status: "missing_basis", basis_document: null });
  });
  it("wants an amount, a content and a plan", () => {
    expect(validateLineForm({ ...emptyLineForm(), content: "" }, "p1", "vi").errors)
      .toEqual({ planId: "choice_required", content: "required", amountVnd: "amount_required" });
  });
  it("keeps the status in step with the basis", () => {
    expect(validateLineForm({ ...base, status: "provisional" }, "p1", "vi").errors).toEqual({ status: "basis_missing" });
    expect(validateLineForm({ ...base, basisDocument: "QĐ 12/2024/QĐ-UBND" }, "p1", "vi").errors).toEqual({ status: "basis_present" });
    const ok = validateLineForm({ ...base, basisDocument: "QĐ 12/2024/QĐ-UBND", basisArticle: "Điều 5", status: "provisional" }, "p1", "vi");
    expect(ok.data).toMatchObject({ basis_document: "QĐ 12/2024/QĐ-UBND", basis_article: "Điều 5", status: "provisional", parcel_id: null });
  });
  it("refuses negative and fractional dong", () => {
    expect(validateLineForm({ ...base, amountVnd: "-5" }, "p1", "vi").errors).toEqual({ amountVnd: "negative" });
    expect(validateLineForm({ ...base, unitPriceVnd: "1,5" }, "p1", "vi").errors).toEqual({ unitPriceVnd: "not_whole" });
  });
});
