import { describe, expect, it } from "vitest";
import { describeTarget, emptyTargetForm, validateTargetForm } from "@/features/admin/target-form-model";

const names = { project: () => undefined, unit: (id: string) => (id === "326" ? "Văn Giang" : undefined) };
const clusters = {
  ...emptyTargetForm(), name: "Trên 20 CCN", measure: "projects_started" as const, scopeKind: "industrial_cluster" as const,
  scopeStatuses: ["approved", "under_clearance", "operating"] as const, min: "20", minExclusive: true, dueDate: "2024-12-31",
  source: "Kết luận số 1",
};

describe("the target form", () => {
  it("says what a target means", () => {
    const r = validateTargetForm(clusters, true, "vi");
    expect(describeTarget(r.fields!, "vi", names)).toBe(
      "Trên 20 cụm công nghiệp đã có quyết định thành lập bắt đầu giải phóng mặt bằng, tính lũy kế, hạn 31/12/2024.");
    const ha = validateTargetForm({ ...clusters, measure: "cleared_area_ha", min: "300", max: "500", minExclusive: false,
      periodStart: "2024-01-01", periodEnd: "2024-12-31" }, true, "vi");
    expect(describeTarget(ha.fields!, "vi", names)).toBe(
      "Giải phóng mặt bằng từ 300 đến 500 ha của cụm công nghiệp đã có quyết định thành lập, tính trong khoảng 01/01/2024 – 31/12/2024, hạn 31/12/2024.");
  });
  it("keeps a share as a fraction and shows it in %", () => {
    const r = validateTargetForm({ ...clusters, measure: "cleared_share", min: "100", minExclusive: false, scopeAdminUnitId: "326",
      scopeKind: "industrial_park" }, true, "vi");
    expect(r.fields?.minValue).toBe(1);
    expect(describeTarget(r.fields!, "vi", names)).toMatch(/^Giải phóng mặt bằng ít nhất 100 % diện tích phải giải phóng của khu công nghiệp đã được cấp chủ trương đầu tư tại Văn Giang/);
  });
  it("refuses what the database would", () => {
    expect(validateTargetForm({ ...clusters, min: "" }, true, "vi").errors).toEqual({ min: "bound_required" });
    expect(validateTargetForm({ ...clusters, max: "10" }, true, "vi").errors).toEqual({ max: "bounds_order" });
    expect(validateTargetForm({ ...clusters, max: "20" }, true, "vi").errors).toEqual({ max: "bounds_empty" });
    expect(validateTargetForm({ ...clusters, measure: "cleared_share", min: "120" }, true, "vi").errors).toEqual({ min: "share_over_100" });
    expect(validateTargetForm({ ...clusters, periodStart: "2024-01-01" }, true, "vi").errors).toEqual({ periodEnd: "period_incomplete" });
    expect(validateTargetForm({ ...clusters, periodStart: "2024-06-01", periodEnd: "2024-01-01" }, true, "vi").errors).toEqual({ periodEnd: "period_order" });
    expect(validateTargetForm({ ...clusters, source: "" }, true, "vi").errors).toEqual({ source: "source_required" });
    expect(validateTargetForm({ ...clusters, source: "" }, false, "vi").errors).toBeNull();
  });
});
