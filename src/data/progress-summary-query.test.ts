import { describe, it, expect } from "vitest";
import type { ProgressRow } from "@/data/progress-summary-query";
import { sumByKind } from "@/data/progress-summary-query";

const row = (key: string, kind: string, total: number, cleared: number, parcels: number, blocked = 0): ProgressRow => ({
  key, name: key, kind, totalAreaM2: total, clearedAreaM2: cleared, parcels, clearedParcels: Math.round(parcels / 2),
  blockedParcels: blocked, startedProjects: cleared > 0 ? 1 : 0, areaToClearM2: total * 2,
});

describe("sumByKind", () => {
  it("sums project rows into one row per kind, keyed and named by the kind, with their legal area", () => {
    const rows = [
      row("a", "industrial_park", 100, 40, 4, 1),
      row("b", "industrial_cluster", 50, 10, 2),
      row("c", "industrial_park", 30, 30, 2, 1),
    ];
    expect(sumByKind(rows)).toEqual([
      { key: "industrial_cluster", name: "industrial_cluster", kind: "industrial_cluster", totalAreaM2: 50, clearedAreaM2: 10, parcels: 2, clearedParcels: 1, blockedParcels: 0, startedProjects: 1, areaToClearM2: 100 },
      { key: "industrial_park", name: "industrial_park", kind: "industrial_park", totalAreaM2: 130, clearedAreaM2: 70, parcels: 6, clearedParcels: 3, blockedParcels: 2, startedProjects: 2, areaToClearM2: 260 },
    ]);
  });

  it("keeps kinds whose projects have no parcels yet", () => {
    expect(sumByKind([row("x", "cemetery", 0, 0, 0)])).toEqual([
      { key: "cemetery", name: "cemetery", kind: "cemetery", totalAreaM2: 0, clearedAreaM2: 0, parcels: 0, clearedParcels: 0, blockedParcels: 0, startedProjects: 0, areaToClearM2: 0 },
    ]);
  });
});
