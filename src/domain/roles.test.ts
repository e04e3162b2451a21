import { describe, expect, it } from "vitest";
import { describeGrant, sortGrants } from "@/domain/roles";

describe("describeGrant", () => {
  it("names roles without an area", () => {
    expect(describeGrant({ role: "admin", adminUnitId: null }, "vi")).toBe("Quản trị");
    expect(describeGrant({ role: "leader", adminUnitId: null }, "vi")).toBe("Lãnh đạo");
    expect(describeGrant({ role: "leader", adminUnitId: null }, "en")).toBe("Leader");
  });
  it("names an officer's area with its code", () => {
    expect(describeGrant({ role: "officer", adminUnitId: "326" }, "vi", "Văn Giang")).toBe(
      "Cán bộ địa chính – Văn Giang (326)",
    );
  });
  it("falls back to the code when the name is unknown", () => {
    expect(describeGrant({ role: "officer", adminUnitId: "326" }, "en")).toBe("Land officer – 326");
  });
});

describe("sortGrants", () => {
  it("puts the most powerful role first, then areas by code", () => {
    const sorted = sortGrants([
      { role: "officer", adminUnitId: "326" },
      { role: "officer", adminUnitId: "325" },
      { role: "admin", adminUnitId: null },
    ]);
    expect(sorted.map((g) => `${g.role}:${g.adminUnitId ?? ""}`)).toEqual(["admin:", "officer:325", "officer:326"]);
  });
});
