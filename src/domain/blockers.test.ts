import { describe, expect, it } from "vitest";
import type { BlockedParcel } from "@/domain/blockers";
import { normaliseReason, summariseBlockers } from "@/domain/blockers";

const parcel = (id: string, projectId: string, areaM2: number, reason: string, responsible: string | null): BlockedParcel => ({
  id, projectId, adminUnitId: "326", areaM2, reason, responsible,
});

const GRAVES = "Phải di dời mộ";
const PRICE = "Khiếu nại đơn giá";

describe("summariseBlockers", () => {
  const summary = summariseBlockers([
    parcel("a", "p1", 1000, PRICE, "Sở Tài nguyên và Môi trường"),
    parcel("b", "p1", 500, GRAVES, "UBND xã Long Hưng"),
    parcel("c", "p2", 2500, ` ${GRAVES}  `, "UBND xã Long Hưng"),
    parcel("d", "p2", 700, GRAVES, "UBND xã Tân Tiến"),
    parcel("e", "p3", 300, PRICE, null),
  ]);

  it("totals every blocked parcel", () => {
    expect(summary.parcels).toBe(5);
    expect(summary.areaM2).toBe(5000);
  });

  it("groups by reason, most area first, with who must act and the projects", () => {
    expect(summary.byReason.map((g) => [g.reason, g.parcels, g.areaM2])).toEqual([
      [GRAVES, 3, 3700],
      [PRICE, 2, 1300],
    ]);
    const graves = summary.byReason[0];
    expect(graves?.responsibles).toEqual([
      { key: "UBND xã Long Hưng", parcels: 2, areaM2: 3000 },
      { key: "UBND xã Tân Tiến", parcels: 1, areaM2: 700 },
    ]);
    expect(graves?.projects.map((p) => p.key)).toEqual(["p2", "p1"]);
    expect(summary.byReason[1]?.responsibles.map((r) => r.key)).toEqual(["Sở Tài nguyên và Môi trường", ""]);
  });

  it("groups by project, most area first, with its reasons", () => {
    expect(summary.byProject.map((p) => [p.projectId, p.parcels, p.areaM2])).toEqual([
      ["p2", 2, 3200],
      ["p1", 2, 1500],
      ["p3", 1, 300],
    ]);
    expect(summary.byProject[1]?.reasons.map((r) => r.key)).toEqual([PRICE, GRAVES]);
  });

  it("is empty without blocked parcels", () => {
    expect(summariseBlockers([])).toEqual({ parcels: 0, areaM2: 0, byReason: [], byProject: [] });
  });
});

describe("normaliseReason", () => {
  it("tidies spaces", () => {
    expect(normaliseReason("  Tranh chấp \n nguồn gốc  đất ")).toBe("Tranh chấp nguồn gốc đất");
  });
});
