import { beforeAll, describe, expect, it } from "vitest";
import { i18n } from "@/app/i18n/i18n";
import type { Project } from "@/data/projects-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import { gaugeShapes, mapLabels, projectShapes, projectTooltip, sharesOf } from "@/features/map-view/map-shapes";

const progress = (key: string, entered: number, cleared: number, toClear: number, parcels = 1): ProgressRow => ({
  key, name: key, kind: "industrial_park", totalAreaM2: entered, clearedAreaM2: cleared, parcels, clearedParcels: 0,
  blockedParcels: 0, startedProjects: 0, areaToClearM2: toClear,
});
const project = (id: string): Project => ({
  id, code: id, name: `KCN ${id}`, kind: "industrial_park", corridorWidthM: null, areaToClearM2: 0, dueDate: null,
  responsibleUnit: null, responsiblePerson: null, investor: null, decisionRef: null, statusNote: null, isIllustrative: false, adminUnitIds: [], retiredAt: null,
  bounds: null, geometry: { type: "Polygon", coordinates: [[[106, 20.9], [106.01, 20.9], [106.01, 20.91], [106, 20.9]]] },
});

let t: ReturnType<typeof i18n.getFixedT>;
beforeAll(() => {
  t = i18n.getFixedT("vi");
});
const plain = (s: string | undefined) => s?.replaceAll("\u00a0", " ");

describe("sharesOf", () => {
  const shares = sharesOf([progress("half", 800, 400, 1000), progress("full", 1000, 500, 1000), progress("none", 0, 0, 1000, 0)]);
  it("measures each project against its legal area to clear", () => {
    expect(shares.get("half")).toEqual({ share: 0.4, partialEntry: 0.8 });
    expect(shares.get("full")).toEqual({ share: 0.5, partialEntry: null });
  });
  it("shows no share for a project without parcels", () => {
    expect(shares.get("none")).toEqual({ share: null, partialEntry: null });
  });
  it("fills the gauges to the share of the legal area", () => {
    expect(gaugeShapes([project("half")], shares)[0]?.share).toBe(0.4);
  });
  it("says in the hover text when the parcels entered cover less than the legal area", () => {
    const [half, full, none] = projectShapes([project("half"), project("full"), project("none")],
      (p) => projectTooltip(p, shares.get(p.id), t, "vi"));
    expect(plain(half?.tooltip?.())).toBe("KCN half: đã bàn giao 40,0 % (mới nhập thửa 80 %)");
    expect(plain(full?.tooltip?.())).toBe("KCN full: đã bàn giao 50,0 %");
    expect(plain(none?.tooltip?.())).toBe("KCN none: chưa có thửa đất");
  });
});

describe("a retired project", () => {
  const retired = { ...project("old"), retiredAt: "2026-11-30T08:00:00+00:00" };
  const shares = sharesOf([progress("old", 1000, 250, 1000)]);
  it("says so in its hover text and on its label, in either language", () => {
    expect(plain(projectTooltip(retired, shares.get("old"), t, "vi"))).toBe("KCN old: đã bàn giao 25,0 % (đã dừng)");
    const show = { districts: false, projects: true, shares: false };
    expect(mapLabels(undefined, [retired, project("new")], shares, show, "vi").map((l) => l.title))
      .toEqual(["KCN old (đã dừng)", "KCN new"]);
    expect(mapLabels(undefined, [retired], shares, show, "en")[0]?.title).toBe("KCN old (retired)");
  });
});
