import { describe, expect, it } from "vitest";
import { emptyPaymentForm, validatePaymentForm } from "@/features/households/payment-form-model";

const ctx = {
  partyId: "p1", lang: "vi" as const, today: "2026-12-02",
  plans: [{ planId: "ok", decisionDate: "2026-11-01" }, { planId: "draft", decisionDate: null }],
};

describe("the payment form", () => {
  it("makes a payment.save's data", () => {
    expect(validatePaymentForm({ ...emptyPaymentForm("ok"), paidOn: "2026-11-20", amountVnd: "150.000.000", reference: "UNC 15" }, ctx)).toEqual({
      errors: null,
      data: { plan_id: "ok", party_id: "p1", paid_on: "2026-11-20", amount_vnd: 150_000_000, method: "bank_transfer", reference: "UNC 15" },
    });
  });
  it("pays approved plans only", () => {
    expect(validatePaymentForm({ ...emptyPaymentForm("draft"), paidOn: "2026-11-20", amountVnd: "1" }, ctx).errors)
      .toEqual({ planId: "plan_not_approved" });
  });
  it("names each bad field", () => {
    expect(validatePaymentForm({ ...emptyPaymentForm(), paidOn: "2026-12-03", amountVnd: "0" }, ctx).errors)
      .toEqual({ planId: "choice_required", paidOn: "date_future", amountVnd: "not_positive" });
  });
});
