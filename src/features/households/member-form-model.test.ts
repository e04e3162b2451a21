import { describe, expect, it } from "vitest";
import { emptyMemberForm, validateMemberForm } from "@/features/households/member-form-model";

const ctx = { partyId: "p1", memberId: null, members: [{ id: "m1", isHead: true }], year: 2026, lang: "vi" as const };
const base = { ...emptyMemberForm(), fullName: "Nguyễn Thị Bình", relation: "Vợ" };

describe("the member form", () => {
  it("makes a member.save's data", () => {
    expect(validateMemberForm({ ...base, birthYear: "1985", sharePct: "50" }, ctx)).toEqual({
      errors: null,
      data: { party_id: "p1", full_name: "Nguyễn Thị Bình", id_number: null, birth_year: 1985, relation: "Vợ", is_head: false, share_pct: 50 },
    });
  });
  it("allows one head per household", () => {
    expect(validateMemberForm({ ...base, isHead: true }, ctx).errors).toEqual({ isHead: "head_taken" });
    expect(validateMemberForm({ ...base, isHead: true }, { ...ctx, memberId: "m1" }).errors).toBeNull();
  });
  it("names each bad field", () => {
    expect(validateMemberForm({ ...emptyMemberForm(), idNumber: "12", birthYear: "2030", sharePct: "0" }, ctx).errors)
      .toEqual({ fullName: "required", idNumber: "id_number_person", birthYear: "birth_year_range", sharePct: "share_range" });
    expect(validateMemberForm({ ...base, birthYear: "1985,5" }, ctx).errors).toEqual({ birthYear: "not_whole" });
  });
});
