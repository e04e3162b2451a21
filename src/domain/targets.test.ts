import { describe, expect, it } from "vitest";
import type { Target } from "@/domain/targets";
import { evaluateTarget, evaluateTargetsFor, targetMatchesScope, targetName } from "@/domain/targets";

const base: Target = {
  id: "t", name: "t", nameEn: null, scopeKind: null, scopeProjectId: null, scopeAdminUnitId: null,
  measure: "cleared_area_ha", min: null, max: null, dueDate: null, source: null,
};
const clusters: Target = {
  ...base, id: "ccn", name: "CCN 300–500 ha", scopeKind: "industrial_cluster", min: 300, max: 500,
  dueDate: "2024-12-31",
};
const parks: Target = { ...base, id: "kcn", name: "KCN 100 %", scopeKind: "industrial_park", measure: "cleared_share", min: 1 };
const figures = (clearedHa: number, totalHa: number) => ({
  totalAreaM2: totalHa * 10_000, clearedAreaM2: clearedHa * 10_000, parcels: 1, clearedParcels: 0, blockedParcels: 0,
});

describe("targetMatchesScope", () => {
  it("matches a kind target to its kind row only", () => {
    expect(targetMatchesScope(clusters, { level: "kind", kind: "industrial_cluster" })).toBe(true);
    expect(targetMatchesScope(clusters, { level: "kind", kind: "industrial_park" })).toBe(false);
    expect(targetMatchesScope(clusters, { level: "province" })).toBe(false);
  });
  it("matches an unscoped target to the province", () => {
    expect(targetMatchesScope(base, { level: "province" })).toBe(true);
  });
  it("matches project and admin unit targets by id", () => {
    const p = { ...base, scopeProjectId: "p1" };
    expect(targetMatchesScope(p, { level: "project", projectId: "p1" })).toBe(true);
    expect(targetMatchesScope(p, { level: "project", projectId: "p2" })).toBe(false);
    const u = { ...base, scopeAdminUnitId: "326" };
    expect(targetMatchesScope(u, { level: "admin_unit", adminUnitId: "326" })).toBe(true);
  });
  it("matches a kind-within-area target to no row", () => {
    const both: Target = { ...base, scopeKind: "industrial_cluster", scopeAdminUnitId: "326" };
    expect(targetMatchesScope(both, { level: "admin_unit", adminUnitId: "326" })).toBe(false);
    expect(targetMatchesScope(both, { level: "kind", kind: "industrial_cluster" })).toBe(false);
  });
});

describe("evaluateTarget", () => {
  it("measures cleared hectares against a range", () => {
    expect(evaluateTarget(clusters, figures(250, 900))).toMatchObject({ actual: 250, status: "below" });
    expect(evaluateTarget(clusters, figures(412.5, 900))).toMatchObject({ actual: 412.5, status: "within" });
    expect(evaluateTarget(clusters, figures(520, 900))).toMatchObject({ status: "above" });
  });
  it("measures the cleared share as a fraction, like the database", () => {
    const e = evaluateTarget(parks, figures(50, 200));
    expect(e.actual).toBeCloseTo(0.25);
    expect(e.status).toBe("below");
    expect(evaluateTarget(parks, figures(200, 200)).status).toBe("within");
  });
  it("cannot measure a share when there is no land yet", () => {
    expect(evaluateTarget(parks, figures(0, 0))).toMatchObject({ actual: null, status: null });
  });
  it("measures infrastructure only when the row knows it", () => {
    const infra: Target = { ...base, measure: "infrastructure_area_ha", min: 200 };
    expect(evaluateTarget(infra, figures(300, 300))).toMatchObject({ actual: null, status: null });
    expect(evaluateTarget(infra, { ...figures(300, 300), infrastructureDoneM2: 2_500_000 })).toMatchObject({
      actual: 250, status: "within",
    });
  });
  it("counts started projects when the row knows them", () => {
    const started: Target = { ...base, measure: "projects_started", min: 20 };
    expect(evaluateTarget(started, figures(300, 300)).status).toBeNull();
    expect(evaluateTarget(started, { ...figures(300, 300), startedProjects: 12 })).toMatchObject({ actual: 12, status: "below" });
    expect(evaluateTarget(started, { ...figures(300, 300), startedProjects: 21 })).toMatchObject({ actual: 21, status: "within" });
  });
});

describe("evaluateTargetsFor", () => {
  it("keeps the matching targets, earliest due first", () => {
    const later = { ...clusters, id: "later", dueDate: "2026-12-31" };
    const result = evaluateTargetsFor([later, parks, clusters], { level: "kind", kind: "industrial_cluster" }, figures(1, 1));
    expect(result.map((e) => e.target.id)).toEqual(["ccn", "later"]);
  });
});

describe("targetName", () => {
  it("is the English name in English, and the Vietnamese name otherwise", () => {
    const named: Target = { ...clusters, nameEn: "Clusters: 300–500 ha" };
    expect(targetName(named, "en")).toBe("Clusters: 300–500 ha");
    expect(targetName(named, "vi")).toBe("CCN 300–500 ha");
    expect(targetName(clusters, "en")).toBe("CCN 300–500 ha");
  });
});
