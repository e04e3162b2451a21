import { describe, expect, it } from "vitest";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { Target } from "@/domain/targets";
import { areaRows, infrastructureBy, kindRows, projectRows } from "@/features/progress/table-rows";

const row = (key: string, name: string, kind: string | null, clearedHa = 0, totalHa = 10): ProgressRow => ({
  key, name, kind, totalAreaM2: totalHa * 10_000, clearedAreaM2: clearedHa * 10_000,
  parcels: 1, clearedParcels: 0, blockedParcels: 0, startedProjects: clearedHa > 0 ? 1 : 0,
});
const clusters: Target = {
  id: "ccn", name: "CCN", nameEn: null, scopeKind: "industrial_cluster", scopeProjectId: null, scopeAdminUnitId: null,
  measure: "cleared_area_ha", min: 300, max: 500, dueDate: "2024-12-31", source: null,
};

describe("kindRows", () => {
  it("names kinds in the UI language, Ring Road 4 first", () => {
    const rows = kindRows(
      [row("waste", "waste", "waste"), row("industrial_cluster", "industrial_cluster", "industrial_cluster"), row("ring_road", "ring_road", "ring_road")],
      [], "vi",
    );
    expect(rows.map((r) => r.name)).toEqual(["Vành đai 4", "Cụm công nghiệp", "Xử lý rác thải – nước thải"]);
    expect(kindRows([row("ring_road", "ring_road", "ring_road")], [], "en")[0]?.name).toBe("Ring Road 4");
  });
  it("measures the kind's targets", () => {
    const [r] = kindRows([row("industrial_cluster", "x", "industrial_cluster", 412.3, 900)], [clusters], "vi");
    expect(r?.targets).toHaveLength(1);
    expect(r?.targets[0]?.status).toBe("within");
  });
});

describe("projectRows", () => {
  it("orders by kind then name, with the kind as a note", () => {
    const rows = projectRows(
      [row("p2", "KCN Yên Mỹ", "industrial_park"), row("p1", "Vành đai 4 – đoạn Văn Giang", "ring_road"), row("p3", "KCN Phố Nối A", "industrial_park")],
      [], "vi",
    );
    expect(rows.map((r) => r.key)).toEqual(["p1", "p3", "p2"]);
    expect(rows[1]?.note).toBe("Khu công nghiệp");
  });
});

describe("areaRows", () => {
  it("orders by name without the level word, showing the full name", () => {
    const rows = areaRows(
      [row("326", "Huyện Văn Giang", "district"), row("328", "Thị xã Mỹ Hào", "district"), row("329", "Huyện Ân Thi", "district")],
      [],
    );
    expect(rows.map((r) => r.name)).toEqual(["Huyện Ân Thi", "Thị xã Mỹ Hào", "Huyện Văn Giang"]);
  });
  it("keeps the figures of the row", () => {
    expect(areaRows([row("1", "A", null, 2, 5)], [])[0]?.figures.clearedAreaM2).toBe(20_000);
  });
});

describe("infrastructure", () => {
  const infra = [
    { projectId: "a", kind: "industrial_cluster", infrastructureDoneM2: 1_500_000 },
    { projectId: "b", kind: "industrial_cluster", infrastructureDoneM2: 1_000_000 },
    { projectId: "c", kind: "industrial_park", infrastructureDoneM2: 5 },
  ];
  it("sums by kind", () => {
    expect(infrastructureBy(infra, (p) => p.kind).get("industrial_cluster")).toBe(2_500_000);
  });
  it("measures a kind's infrastructure target", () => {
    const target: Target = { ...clusters, id: "infra", measure: "infrastructure_area_ha", min: 200, max: null };
    const [r] = kindRows([row("industrial_cluster", "x", "industrial_cluster")], [target], "vi", infra);
    expect(r?.targets[0]).toMatchObject({ actual: 250, status: "within" });
  });
});

describe("started projects", () => {
  it("measures a kind's projects_started target by the row's started projects", () => {
    const target: Target = { ...clusters, id: "started", measure: "projects_started", min: 20, max: null };
    const kind = { ...row("industrial_cluster", "x", "industrial_cluster"), startedProjects: 14 };
    const [r] = kindRows([kind], [target], "vi");
    expect(r?.targets[0]).toMatchObject({ actual: 14, status: "below" });
  });
});
