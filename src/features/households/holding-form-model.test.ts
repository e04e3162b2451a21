import { describe, expect, it } from "vitest";
import { emptyHoldingForm, validateHoldingForm } from "@/features/households/holding-form-model";

const ctx = { partyId: "p1", lang: "vi" as const };

describe("the holding form", () => {
  it("starts at a full share and wants a parcel", () => {
    const form = emptyHoldingForm("vi");
    expect(form.sharePct).toBe("100");
    expect(validateHoldingForm(form, ctx).errors).toEqual({ parcelId: "parcel_required" });
  });
  it("makes a holding.save's data", () => {
    expect(validateHoldingForm({ ...emptyHoldingForm("vi"), parcelId: "c1", sharePct: "33,33", origin: "inherited" }, ctx)).toEqual({
      errors: null, data: { party_id: "p1", parcel_id: "c1", share_pct: 33.33, origin: "inherited", certificate_no: null },
    });
  });
  it("keeps a parcel's shares within 100 %", () => {
    const form = { ...emptyHoldingForm("vi"), parcelId: "c1", sharePct: "66,67" };
    expect(validateHoldingForm(form, { ...ctx, otherSharesPct: 33.33 }).errors).toBeNull();
    expect(validateHoldingForm(form, { ...ctx, otherSharesPct: 40 }).errors).toEqual({ sharePct: "share_over_100" });
    expect(validateHoldingForm({ ...form, sharePct: "" }, ctx).errors).toEqual({ sharePct: "required" });
  });
});
