import { describe, expect, it } from "vitest";
import { emptyProjectForm, validateProjectForm } from "@/features/admin/project-form-model";

const base = { ...emptyProjectForm(), code: "CCN-01", name: "Cụm công nghiệp Thử", area: "12,5" };

describe("the project form", () => {
  it("stores the area in m² whichever unit is typed", () => {
    expect(validateProjectForm(base, "vi").fields?.areaToClearM2).toBe(125_000);
    expect(validateProjectForm({ ...base, area: "1.500", areaUnit: "m2" }, "vi").fields?.areaToClearM2).toBe(1500);
  });
  it("asks for a decision when the status is more than planned", () => {
    expect(validateProjectForm({ ...base, status: "approved" }, "vi").errors).toEqual({ decisionNo: "decision_for_status" });
    const ok = validateProjectForm({ ...base, status: "approved", decisionKind: "establishment", decisionNo: "123/QĐ-UBND", decisionDate: "2024-03-01" }, "vi");
    expect(ok.errors).toBeNull();
  });
  it("wants the decision whole or not at all", () => {
    expect(validateProjectForm({ ...base, decisionNo: "12/QĐ" }, "vi").errors).toEqual({ decisionKind: "decision_incomplete", decisionDate: "decision_incomplete" });
  });
  it("checks code, name, numbers and dates", () => {
    const r = validateProjectForm({ ...emptyProjectForm(), code: "a b", area: "x", dueDate: "2024-02-30", corridorWidth: "-1" }, "vi");
    expect(r.errors).toEqual({ code: "code_format", name: "required", area: "not_number", dueDate: "date_invalid", corridorWidth: "width_positive" });
  });
  it("needs a corridor width for a centre line", () => {
    const line = { type: "LineString" as const, coordinates: [[106, 20.9], [106.1, 20.9]] };
    expect(validateProjectForm({ ...base, kind: "ring_road", geometry: line }, "vi").errors).toEqual({ corridorWidth: "width_for_line" });
  });
});
