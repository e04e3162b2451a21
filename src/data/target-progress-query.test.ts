import { describe, expect, it } from "vitest";
import { parseTargetProgress } from "@/data/target-progress-query";
import { UnexpectedDataError } from "@/data/parse";

// As the local backend sends it: numeric columns as strings.
const row = {
  id: "7d1c…", name: "Cụm công nghiệp: giải phóng mặt bằng 300–500 ha", name_en: "Clusters: clear 300–500 ha",
  source: "Kết luận 32", notes: "Kỳ 6 tháng cuối năm 2024", measure: "cleared_area_ha", scope_kind: "industrial_cluster",
  scope_project_id: null, scope_admin_unit_id: null, scope_statuses: ["approved", "under_clearance", "operating"],
  period_start: "2024-07-01", period_end: "2024-12-31", min_value: "300", max_value: "500", min_exclusive: false,
  max_exclusive: false, due_date: "2024-12-31", actual: "267.7412", status: "missed", exceeds_max: false,
  pace_per_week: "2.10", forecast_date: null, area_to_clear_m2: "9000000.5", entered_area_m2: 8000000, projects: "32",
};

describe("parseTargetProgress", () => {
  it("reads numerics sent as strings or numbers, in camelCase", () => {
    const [target] = parseTargetProgress([row]);
    expect(target).toMatchObject({
      nameEn: "Clusters: clear 300–500 ha", scopeKind: "industrial_cluster",
      scopeStatuses: ["approved", "under_clearance", "operating"], periodStart: "2024-07-01", periodEnd: "2024-12-31",
      minValue: 300, maxValue: 500, minExclusive: false, actual: 267.7412, status: "missed", pacePerWeek: 2.1,
      forecastDate: null, areaToClearM2: 9000000.5, enteredAreaM2: 8000000, projects: 32,
    });
  });
  it("keeps nulls: a cumulative target that cannot be measured", () => {
    const [target] = parseTargetProgress([{ ...row, period_start: null, period_end: null, actual: null, status: "not_measurable", pace_per_week: null }]);
    expect(target).toMatchObject({ periodStart: null, periodEnd: null, actual: null, status: "not_measurable", pacePerWeek: null });
  });
  it("refuses an unknown status rather than showing a wrong one", () => {
    expect(() => parseTargetProgress([{ ...row, status: "within" }])).toThrow(UnexpectedDataError);
  });
});
