import { describe, it, expect } from "vitest";
import type { ProgressRow } from "@/data/progress-summary-query";
import { parseProgressRows, sumByKind } from "@/data/progress-summary-query";

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

describe("parseProgressRows", () => {
  // as the local backend sends progress_summary and progress_as_of rows: numerics as strings
  const raw = {
    key: "industrial_cluster", name: "industrial_cluster", kind: "industrial_cluster", total_area_m2: "10920453.2",
    cleared_area_m2: 4144580.7, parcels: "3429", cleared_parcels: 1297, blocked_parcels: "71", started_projects: 21,
    area_to_clear_m2: "11473255.9",
  };
  it("reads both functions' rows in camelCase", () => {
    expect(parseProgressRows([raw], "progress_as_of")).toEqual([{
      key: "industrial_cluster", name: "industrial_cluster", kind: "industrial_cluster", totalAreaM2: 10920453.2,
      clearedAreaM2: 4144580.7, parcels: 3429, clearedParcels: 1297, blockedParcels: 71, startedProjects: 21,
      areaToClearM2: 11473255.9,
    }]);
  });
  it("names the function whose answer it could not read", () => {
    expect(() => parseProgressRows([{ ...raw, parcels: "-1" }], "progress_as_of")).toThrow(/progress_as_of/);
    expect(() => parseProgressRows([{ ...raw, parcels: "-1" }])).toThrow(/progress_summary/);
  });
});
