import { describe, expect, it } from "vitest";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { TargetProgress } from "@/domain/targets";
import { areaRows, kindRows, projectRows, withResponsible } from "@/features/progress/table-rows";

const row = (key: string, name: string, kind: string | null, clearedHa = 0, totalHa = 10): ProgressRow => ({
  key, name, kind, totalAreaM2: totalHa * 10_000, clearedAreaM2: clearedHa * 10_000,
  parcels: 1, clearedParcels: 0, blockedParcels: 0, startedProjects: clearedHa > 0 ? 1 : 0,
  areaToClearM2: kind === "district" ? null : totalHa * 10_000,
});
const target = (id: string, scope: Partial<TargetProgress>): TargetProgress => ({
  id, name: id, nameEn: null, source: null, notes: null, measure: "cleared_area_ha", scopeKind: null,
  scopeProjectId: null, scopeAdminUnitId: null, scopeStatuses: null, periodStart: null, periodEnd: null,
  minValue: 300, maxValue: 500, minExclusive: false, maxExclusive: false, dueDate: "2024-12-31", actual: 267.7,
  status: "missed", exceedsMax: false, pacePerWeek: null, forecastDate: null, areaToClearM2: null,
  enteredAreaM2: null, projects: 1, ...scope,
});
const clusters = target("ccn", { scopeKind: "industrial_cluster" });
const ring = target("vd4", { scopeProjectId: "p1" });
const vanGiang = target("vg", { scopeAdminUnitId: "326" });
const clustersInVanGiang = target("ccn-vg", { scopeKind: "industrial_cluster", scopeAdminUnitId: "326" });
const targets = [clusters, ring, vanGiang, clustersInVanGiang];

describe("kindRows", () => {
  it("names kinds in the UI language, Ring Road 4 first", () => {
    const rows = kindRows(
      [row("waste", "waste", "waste"), row("industrial_cluster", "industrial_cluster", "industrial_cluster"), row("ring_road", "ring_road", "ring_road")],
      [], "vi",
    );
    expect(rows.map((r) => r.name)).toEqual(["Vành đai 4", "Cụm công nghiệp", "Xử lý rác thải – nước thải"]);
    expect(kindRows([row("ring_road", "ring_road", "ring_road")], [], "en")[0]?.name).toBe("Ring Road 4");
  });
  it("puts the kind's own targets under it, as the server measured them", () => {
    const [r] = kindRows([row("industrial_cluster", "x", "industrial_cluster", 412.3, 900)], targets, "vi");
    expect(r?.targets).toEqual([clusters]);
  });
});

describe("projectRows", () => {
  it("orders by kind then name, with the kind as a note", () => {
    const rows = projectRows(
      [row("p2", "KCN Yên Mỹ", "industrial_park"), row("p1", "Vành đai 4 – đoạn Văn Giang", "ring_road"), row("p3", "KCN Phố Nối A", "industrial_park")],
      targets, "vi",
    );
    expect(rows.map((r) => r.key)).toEqual(["p1", "p3", "p2"]);
    expect(rows[1]?.note).toBe("Khu công nghiệp");
    expect(rows.map((r) => r.targets.map((t) => t.id))).toEqual([["vd4"], [], []]);
  });
});

describe("areaRows", () => {
  it("orders by name without the level word, showing the full name", () => {
    const rows = areaRows(
      [row("326", "Huyện Văn Giang", "district"), row("328", "Thị xã Mỹ Hào", "district"), row("329", "Huyện Ân Thi", "district")],
      targets,
    );
    expect(rows.map((r) => r.name)).toEqual(["Huyện Ân Thi", "Thị xã Mỹ Hào", "Huyện Văn Giang"]);
    // the kind within Văn Giang has no row of its own: the province summary shows it
    expect(rows[2]?.targets).toEqual([vanGiang]);
  });
  it("keeps the figures of the row, without a legal area", () => {
    expect(areaRows([row("1", "A", "district", 2, 5)], [])[0]?.figures).toMatchObject({ clearedAreaM2: 20_000, areaToClearM2: null });
  });
});

describe("a project row's responsible unit and person", () => {
  it("is added where the project names them, trimmed, and left out where it names neither", () => {
    const rows = projectRows([row("p1", "Vành đai 4", "ring_road_4"), row("p2", "KCN", "industrial_park")], [], "vi");
    const people: Record<string, { unit: string | null; person: string | null }> = {
      p1: { unit: " Ban QLDA giao thông ", person: null }, p2: { unit: "  ", person: null },
    };
    const shown = withResponsible(rows, (id) => people[id]);
    expect(shown.find((r) => r.key === "p1")?.responsible).toEqual({ unit: "Ban QLDA giao thông", person: null });
    expect(shown.find((r) => r.key === "p2")?.responsible).toBeUndefined();
  });
});
