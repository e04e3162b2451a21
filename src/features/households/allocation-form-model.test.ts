import { describe, expect, it } from "vitest";
import { emptyAllocationForm, validateAllocationForm } from "@/features/households/allocation-form-model";

describe("the resettlement plot form", () => {
  it("makes an allocation.save's data", () => {
    expect(validateAllocationForm({ ...emptyAllocationForm("pr1"), site: "Khu TĐC Mễ Sở", plotNo: "LK-12", areaM2: "120,5", readyOn: "2026-10-01" }, "p1", "vi"))
      .toEqual({ errors: null, data: { party_id: "p1", project_id: "pr1", site: "Khu TĐC Mễ Sở", plot_no: "LK-12", area_m2: 120.5,
        ready_on: "2026-10-01", allocated_on: null } });
  });
  it("names each bad field", () => {
    expect(validateAllocationForm({ ...emptyAllocationForm(), areaM2: "0", readyOn: "2026-13-01" }, "p1", "vi").errors)
      .toEqual({ projectId: "choice_required", site: "required", areaM2: "not_positive", readyOn: "date_invalid" });
  });
});
