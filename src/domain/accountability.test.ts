import { describe, expect, it } from "vitest";
import {
  accountabilityRows, dayOf, filteredAccountability, foldName, isCleared, matchesAccountability,
  NO_ACCOUNTABILITY_FILTER, projectDaysLate, staleBlockedParcels, waitingParcels,
} from "@/domain/accountability";
import type { ProjectReportRow, StageTally } from "@/domain/meeting-types";
import { STAGE_IDS } from "@/domain/stages";
import type { StageId } from "@/domain/stages";

const zeroStages = Object.fromEntries(STAGE_IDS.map((s) => [s, { parcels: 0, areaM2: 0 }])) as Record<StageId, StageTally>;

function project(over: Partial<ProjectReportRow>): ProjectReportRow {
  return {
    id: "p1", code: "P1", name: "Dự án 1", kind: "industrial_cluster", status: "active", investor: null,
    responsibleUnit: "Ban GPMB huyện Văn Lâm", responsiblePerson: "Nguyễn Văn A", dueDate: null, retiredAt: null,
    areaToClearM2: 100_000, parcels: 10, areaM2: 100_000, byStage: zeroStages, clearedParcels: 4, clearedAreaM2: 40_000,
    blockedParcels: 0, blockedAreaM2: 0, blockers: [], staleBlockers: 0, oldestStageSince: null, ...over,
  };
}

const TODAY = "2024-12-31";

describe("project rows", () => {
  it("counts parcels not handed over, the longest wait at a stage and days late", () => {
    const [row] = accountabilityRows([project({ dueDate: "2024-12-01", oldestStageSince: "2024-11-30T20:00:00+00:00" })], "project", TODAY);
    expect(row).toMatchObject({ openParcels: 6, openAreaM2: 60_000, lateProjects: 1, daysLate: 30, dueDate: "2024-12-01" });
    // 20:00 UTC on 30/11 is already 1/12 in Hưng Yên
    expect(row?.oldestStageDays).toBe(30);
  });

  it("is not late on its due date, nor once cleared, nor without a due date", () => {
    expect(projectDaysLate(project({ dueDate: TODAY }), TODAY)).toBeNull();
    expect(projectDaysLate(project({ dueDate: "2024-01-01", clearedParcels: 10, clearedAreaM2: 100_000 }), TODAY)).toBeNull();
    expect(projectDaysLate(project({ dueDate: null }), TODAY)).toBeNull();
    expect(projectDaysLate(project({ dueDate: "2024-12-30" }), TODAY)).toBe(1);
  });

  it("is not cleared while parcels remain to be entered", () => {
    expect(isCleared(project({ clearedParcels: 10, clearedAreaM2: 60_000, areaM2: 60_000 }))).toBe(false);
    expect(isCleared(project({ parcels: 0, clearedParcels: 0, clearedAreaM2: 0, areaToClearM2: 0 }))).toBe(false);
  });

  it("lists who must act on stale blockers only, joined by name", () => {
    const [row] = accountabilityRows([project({
      staleBlockers: 5,
      blockers: [
        { reason: "Tranh chấp", responsible: "UBND xã", parcels: 3, areaM2: 1, oldestSince: null, staleParcels: 2 },
        { reason: "Mồ mả", responsible: " ubnd  xã ", parcels: 2, areaM2: 1, oldestSince: null, staleParcels: 2 },
        { reason: "Giá", responsible: null, parcels: 4, areaM2: 1, oldestSince: null, staleParcels: 1 },
        { reason: "Mới", responsible: "Chủ đầu tư", parcels: 9, areaM2: 1, oldestSince: null, staleParcels: 0 },
      ],
    })], "project", TODAY);
    expect(row?.mustAct).toEqual([{ responsible: "UBND xã", parcels: 4 }, { responsible: null, parcels: 1 }]);
  });

  it("leaves retired projects out and gives no wait when every parcel is handed over", () => {
    const rows = accountabilityRows([
      project({ id: "r", retiredAt: "2024-06-01T00:00:00Z" }),
      project({ id: "done", clearedParcels: 10, clearedAreaM2: 100_000, oldestStageSince: "2024-01-01" }),
    ], "project", TODAY);
    expect(rows.map((r) => r.key)).toEqual(["done"]);
    expect(rows[0]?.oldestStageDays).toBeNull();
  });
});

describe("unit and person rows", () => {
  const report = [
    project({ id: "a", responsibleUnit: "Ban GPMB Văn Lâm", dueDate: "2024-12-21", oldestStageSince: "2024-12-01" }),
    project({ id: "b", responsibleUnit: "ban gpmb  văn lâm", dueDate: "2024-11-01", clearedParcels: 0, clearedAreaM2: 0 }),
    project({ id: "c", responsibleUnit: null, responsiblePerson: null }),
  ];

  it("joins units that differ in case and spacing, and gathers projects naming none", () => {
    const rows = accountabilityRows(report, "unit", TODAY);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      name: "Ban GPMB Văn Lâm", projectIds: ["a", "b"], openParcels: 16, lateProjects: 2, daysLate: 60,
      dueDate: "2024-11-01", oldestStageDays: 30,
    });
    expect(rows[1]).toMatchObject({ name: null, key: "", projectIds: ["c"], lateProjects: 0, daysLate: null });
  });

  it("gathers by person, naming every unit of the person's projects", () => {
    const [row] = accountabilityRows(report.slice(0, 2), "person", TODAY);
    expect(row).toMatchObject({ name: "Nguyễn Văn A", responsibleUnit: "Ban GPMB Văn Lâm" });
  });
});

describe("filters", () => {
  const report = [
    project({ id: "a", name: "Cụm công nghiệp Tân Quang", kind: "industrial_cluster", dueDate: "2024-01-01" }),
    project({ id: "b", name: "Vành đai 4", kind: "ring_road", responsibleUnit: "Sở Giao thông" }),
  ];

  it("finds words with or without diacritics in any of the names", () => {
    const rows = accountabilityRows(report, "project", TODAY);
    const by = (text: string) => rows.filter((r) => matchesAccountability(r, { ...NO_ACCOUNTABILITY_FILTER, text })).map((r) => r.key);
    expect(by("tan quang")).toEqual(["a"]);
    expect(by("SỞ giao")).toEqual(["b"]);
    expect(by("nguyen")).toEqual(["a", "b"]);
    expect(by("  ")).toEqual(["a", "b"]);
  });

  it("narrows by kind before gathering, and to late rows", () => {
    expect(filteredAccountability(report, "unit", { ...NO_ACCOUNTABILITY_FILTER, kind: "ring_road" }, TODAY).map((r) => r.name)).toEqual(["Sở Giao thông"]);
    expect(filteredAccountability(report, "project", { ...NO_ACCOUNTABILITY_FILTER, onlyLate: true }, TODAY).map((r) => r.key)).toEqual(["a"]);
  });

  it("folds Vietnamese letters", () => {
    expect(foldName("  Đường   Vành ĐAI ")).toBe("duong vanh dai");
    expect(dayOf("2024-05-01")).toBe("2024-05-01");
    expect(dayOf("nonsense")).toBeNull();
  });
});

describe("stale blocked parcels", () => {
  const parcel = (id: string, blocked: boolean, blockedSince: string | null) => ({
    id, projectId: "p1", adminUnitId: "u", mapSheet: "1", parcelNo: id, landType: "LUC", areaM2: 100, stage: "notice" as const,
    stageSince: null, blocked, blockerReason: "x", blockerResponsible: null, blockedSince, acts: {}, center: [106, 20.9] as const,
  });
  it("keeps parcels blocked more than 14 days, longest first", () => {
    const list = staleBlockedParcels([
      parcel("14", true, "2024-12-17"), parcel("15", true, "2024-12-16"), parcel("40", true, "2024-11-21T03:00:00Z"),
      parcel("free", false, "2024-01-01"), parcel("nodate", true, null),
    ], TODAY);
    expect(list.map((p) => [p.parcel.id, p.daysBlocked])).toEqual([["40", 40], ["15", 15]]);
  });
});

describe("parcels waiting at their stage", () => {
  const parcel = (id: string, stage: "notice" | "handed_over", stageSince: string | null) => ({
    id, projectId: "p1", adminUnitId: "u", mapSheet: "1", parcelNo: id, landType: "LUC", areaM2: 100, stage,
    stageSince, blocked: false, blockerReason: null, blockerResponsible: null, blockedSince: null, acts: {}, center: [106, 20.9] as const,
  });
  it("lists the parcels not handed over, the longest wait first and unknown waits last", () => {
    const list = waitingParcels([
      parcel("unknown", "notice", null), parcel("short", "notice", "2024-12-30"), parcel("done", "handed_over", "2024-01-01"),
      parcel("long", "notice", "2024-11-21T03:00:00Z"),
    ], TODAY);
    expect(list.map((p) => [p.parcel.id, p.daysAtStage])).toEqual([["long", 40], ["short", 1], ["unknown", null]]);
  });
});
