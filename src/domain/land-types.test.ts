import { describe, expect, it } from "vitest";
import { LAND_TYPES, landTypeByCode, landTypeLabel } from "@/domain/land-types";

describe("land types", () => {
  it("names the codes the parcels use", () => {
    for (const code of ["LUC", "BHK", "CLN", "NTS", "ONT", "ODT", "DGT", "NTD"]) {
      expect(landTypeByCode(code)?.labelVi).toMatch(/^Đất /);
    }
    expect(new Set(LAND_TYPES.map((t) => t.code)).size).toBe(LAND_TYPES.length);
  });
  it("labels with the code, in either language", () => {
    expect(landTypeLabel("LUC", "vi")).toBe("Đất chuyên trồng lúa (LUC)");
    expect(landTypeLabel("ont", "en")).toBe("Rural residential land (ONT)");
  });
  it("shows an unknown code as it is", () => {
    expect(landTypeLabel("SKC", "vi")).toBe("SKC");
  });
});
