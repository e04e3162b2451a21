import { describe, expect, it } from "vitest";
import { emptyPartyForm, validatePartyForm } from "@/features/households/party-form-model";

const base = { ...emptyPartyForm("26800"), name: "  Hộ ông Nguyễn Văn An " };

describe("the party form", () => {
  it("makes a party.save's data with empty fields as null", () => {
    expect(validatePartyForm({ ...base, idNumber: "001080012345" })).toEqual({
      errors: null,
      data: { kind: "household", name: "Hộ ông Nguyễn Văn An", id_number: "001080012345", address: null, phone: null,
        admin_unit_id: "26800", note: null },
    });
  });
  it("wants a name and a commune", () => {
    expect(validatePartyForm({ ...emptyPartyForm(), name: " " }).errors).toEqual({ name: "required", adminUnitId: "choice_required" });
  });
  it("checks the ID number by the kind of party", () => {
    expect(validatePartyForm({ ...base, idNumber: "12345" }).errors).toEqual({ idNumber: "id_number_person" });
    expect(validatePartyForm({ ...base, idNumber: "0101234567" }).errors).toEqual({ idNumber: "id_number_person" });
    expect(validatePartyForm({ ...base, kind: "organisation", idNumber: "0101234567-001" }).errors).toBeNull();
    expect(validatePartyForm({ ...base, kind: "organisation", idNumber: "001080012345" }).errors).toEqual({ idNumber: "id_number_org" });
  });
  it("checks the phone and the lengths", () => {
    expect(validatePartyForm({ ...base, phone: "abc" }).errors).toEqual({ phone: "phone_invalid" });
    expect(validatePartyForm({ ...base, note: "x".repeat(2001) }).errors).toEqual({ note: "too_long" });
  });
});
