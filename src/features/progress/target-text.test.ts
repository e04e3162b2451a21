import { describe, expect, it } from "vitest";
import type { Target } from "@/domain/targets";
import { formatTargetRange } from "@/features/progress/target-text";

const base: Target = {
  id: "t", name: "t", nameEn: null, scopeKind: null, scopeProjectId: null, scopeAdminUnitId: null,
  measure: "cleared_area_ha", min: null, max: null, dueDate: null, source: null,
};
const nb = (s: string) => s.replaceAll(" ", "\u00a0");

describe("formatTargetRange", () => {
  it("prints a range of hectares", () => {
    expect(formatTargetRange({ ...base, min: 300, max: 500 }, "vi", "dự án")).toBe(nb("300–500 ha"));
  });
  it("prints a minimum share, stored as a fraction, in percent", () => {
    expect(formatTargetRange({ ...base, measure: "cleared_share", min: 1 }, "vi", "dự án")).toBe(nb("≥ 100 %"));
    expect(formatTargetRange({ ...base, measure: "cleared_share", min: 1 }, "en", "projects")).toBe(nb("≥ 100%"));
    expect(formatTargetRange({ ...base, measure: "cleared_share", min: 0.855 }, "vi", "dự án")).toBe(nb("≥ 85,5 %"));
  });
  it("prints a range of shares", () => {
    expect(formatTargetRange({ ...base, measure: "cleared_share", min: 0.8, max: 0.9 }, "vi", "dự án")).toBe(nb("80–90 %"));
  });
  it("prints a maximum count", () => {
    expect(formatTargetRange({ ...base, measure: "projects_started", max: 12 }, "vi", "dự án")).toBe("≤\u00a012\u00a0dự án");
  });
  it("prints decimals only when needed", () => {
    expect(formatTargetRange({ ...base, measure: "infrastructure_area_ha", min: 200.5 }, "vi", "dự án")).toBe(nb("≥ 200,5 ha"));
  });
});
