import { describe, expect, it } from "vitest";
import { isTargetAlert, provinceSummaryTargets, targetName, targetPlace, targetsAt } from "@/domain/targets";

const scope = (id: string, kind: string | null, projectId: string | null = null, unitId: string | null = null) => ({
  id, scopeKind: kind as "industrial_cluster" | null, scopeProjectId: projectId, scopeAdminUnitId: unitId,
});
const province = scope("all", null);
const clusters = scope("ccn", "industrial_cluster");
const parks = scope("kcn", "industrial_park");
const ring = scope("vd4", null, "p-vd4");
const ringInKind = scope("vd4-kind", "ring_road", "p-vd4");
const vanGiang = scope("vg", null, null, "326");
const clustersInVanLam = scope("ccn-vl", "industrial_cluster", null, "327");
const projectInUnit = scope("p-vg", null, "p-vd4", "326");
const all = [province, clusters, parks, ring, ringInKind, vanGiang, clustersInVanLam, projectInUnit];

describe("targetPlace", () => {
  it("puts an unscoped target on the province", () => {
    expect(targetPlace(province)).toEqual({ level: "province" });
  });
  it("puts a target scoped to one thing on that row", () => {
    expect(targetPlace(clusters)).toEqual({ level: "kind", kind: "industrial_cluster" });
    expect(targetPlace(ring)).toEqual({ level: "project", projectId: "p-vd4" });
    expect(targetPlace(vanGiang)).toEqual({ level: "admin_unit", adminUnitId: "326" });
  });
  it("puts a project target on its project even when its kind is named too", () => {
    expect(targetPlace(ringInKind)).toEqual({ level: "project", projectId: "p-vd4" });
  });
  it("has no row for a kind or a project within an area", () => {
    expect(targetPlace(clustersInVanLam)).toBeNull();
    expect(targetPlace(projectInUnit)).toBeNull();
  });
});

describe("targetsAt", () => {
  it("keeps the targets of one row, in the order given", () => {
    expect(targetsAt(all, { level: "project", projectId: "p-vd4" }).map((t) => t.id)).toEqual(["vd4", "vd4-kind"]);
    expect(targetsAt(all, { level: "kind", kind: "industrial_cluster" }).map((t) => t.id)).toEqual(["ccn"]);
    expect(targetsAt(all, { level: "admin_unit", adminUnitId: "326" }).map((t) => t.id)).toEqual(["vg"]);
    expect(targetsAt(all, { level: "province" }).map((t) => t.id)).toEqual(["all"]);
  });
});

describe("provinceSummaryTargets", () => {
  const keys = {
    kinds: new Set(["industrial_cluster", "industrial_park"]),
    projects: new Set(["p-vd4"]),
    adminUnits: new Set(["326"]),
  };
  it("shows the province's targets and those no row shows", () => {
    expect(provinceSummaryTargets(all, keys).map((t) => t.id)).toEqual(["all", "ccn-vl", "p-vg"]);
  });
  it("shows a target whose row the tables do not have", () => {
    const cemeteries = scope("nt", "cemetery");
    const elsewhere = scope("x", null, null, "999");
    expect(provinceSummaryTargets([cemeteries, elsewhere], keys).map((t) => t.id)).toEqual(["nt", "x"]);
  });
  it("trusts the area table to have an area's row when its rows are not known", () => {
    expect(provinceSummaryTargets([scope("x", null, null, "999")], { ...keys, adminUnits: null })).toEqual([]);
  });
  it("together with the tables' rows, shows every target exactly once", () => {
    const shown = [
      ...provinceSummaryTargets(all, keys),
      ...[...keys.kinds].flatMap((kind) => targetsAt(all, { level: "kind", kind })),
      ...[...keys.projects].flatMap((projectId) => targetsAt(all, { level: "project", projectId })),
      ...[...keys.adminUnits].flatMap((adminUnitId) => targetsAt(all, { level: "admin_unit", adminUnitId })),
    ];
    expect(shown.map((t) => t.id).sort()).toEqual(all.map((t) => t.id).sort());
  });
});

describe("isTargetAlert", () => {
  it("is true for missed and at risk only", () => {
    expect(["met", "on_track", "at_risk", "missed", "not_measurable"].filter((s) => isTargetAlert(s as never)))
      .toEqual(["at_risk", "missed"]);
  });
});

describe("targetName", () => {
  it("is the English name in English, and the Vietnamese name otherwise", () => {
    expect(targetName({ name: "CCN 300–500 ha", nameEn: "Clusters: 300–500 ha" }, "en")).toBe("Clusters: 300–500 ha");
    expect(targetName({ name: "CCN 300–500 ha", nameEn: "Clusters: 300–500 ha" }, "vi")).toBe("CCN 300–500 ha");
    expect(targetName({ name: "CCN 300–500 ha", nameEn: null }, "en")).toBe("CCN 300–500 ha");
  });
});
