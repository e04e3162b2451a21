import { describe, expect, it } from "vitest";
import type { ParcelTimelineRow, ProjectReportRow, StageTally } from "@/domain/meeting-types";
import { STAGE_IDS } from "@/domain/stages";
import type { StageId } from "@/domain/stages";
import { buildCsv, buildXlsxSheet } from "@/domain/table-export";
import { deadlineRows } from "@/features/meeting/deadlines-model";
import { summaryModel } from "@/features/meeting/summary-model";
import { cellText } from "@/features/meeting/table-view";

const stages = (over: Partial<Record<StageId, StageTally>> = {}) =>
  ({ ...Object.fromEntries(STAGE_IDS.map((s) => [s, { parcels: 0, areaM2: 0 }])), ...over }) as Record<StageId, StageTally>;

function project(id: string, over: Partial<ProjectReportRow> = {}): ProjectReportRow {
  return {
    id, code: id.toUpperCase(), name: `Dự án ${id}`, kind: "industrial_cluster", status: "active", investor: "Công ty A",
    responsibleUnit: "Ban GPMB", responsiblePerson: null, dueDate: "2025-01-10", retiredAt: null, areaToClearM2: 100_000,
    parcels: 4, areaM2: 80_000, byStage: stages({ notice: { parcels: 3, areaM2: 60_000 }, handed_over: { parcels: 1, areaM2: 20_000 } }),
    clearedParcels: 1, clearedAreaM2: 20_000, blockedParcels: 1, blockedAreaM2: 5_000,
    blockers: [{ reason: "Tranh chấp", responsible: null, parcels: 1, areaM2: 5_000, oldestSince: null, staleParcels: 1 }],
    staleBlockers: 1, oldestStageSince: null, ...over,
  };
}

const words = { lang: "vi" as const, total: "Tổng cộng", unknownResponsible: "chưa rõ ai xử lý", targets: () => null,
  households: () => null, itemKind: (k: string) => k };

describe("the summary model", () => {
  const rows = [project("a"), project("b", { areaToClearM2: 300_000, clearedAreaM2: 60_000 })];
  const model = summaryModel(rows, "2024-12-31", words, () => null);

  it("totals areas, parcels and stages, and the share of the totals", () => {
    expect(model.totals).toMatchObject({ project: "Tổng cộng", toClear: 40, parcels: 8, clearedHa: 8, n_notice: 6, ha_notice: 12, blocked: 2 });
    expect(model.totals?.clearedShare).toBeCloseTo(0.2);
    expect(model.totals?.remaining).toBeCloseTo(32);
  });

  it("gives the screen, the CSV and the XLSX the same figures", () => {
    const share = model.columns.find((c) => c.id === "clearedShare")!;
    const left = model.columns.find((c) => c.id === "daysLeft")!;
    expect(cellText(share.value(rows[1]!), share.type, "vi")).toBe("20,0\u00a0%");
    expect(left.value(rows[0]!)).toBe(10);
    const csv = buildCsv(model, rows).split("\r\n");
    expect(csv[0]).toContain("Dự án,Loại dự án,Chủ đầu tư");
    expect(csv[1]).toContain("Tranh chấp (1): chưa rõ ai xử lý");
    const sheet = buildXlsxSheet(model, rows);
    const at = model.columns.indexOf(share);
    expect(sheet.data[2]?.[at]).toMatchObject({ value: 0.2, type: Number });
    expect(sheet.data[3]?.[0]).toMatchObject({ value: "Tổng cộng", fontWeight: "bold" });
  });
});

describe("deadline rows", () => {
  const parcel = (id: string, projectId: string, acts: ParcelTimelineRow["acts"]): ParcelTimelineRow => ({
    id, projectId, adminUnitId: "u", mapSheet: "1", parcelNo: id, landType: "LUC", areaM2: 100, stage: "compensated",
    stageSince: null, blocked: false, blockerReason: null, blockerResponsible: null, blockedSince: null, acts, center: [106, 20.9],
  });

  it("lists every flag, by project name, red first", () => {
    const rows = deadlineRows([
      parcel("x", "p2", { notice: "2024-01-01", recovery_decided: "2024-02-01" }),
      parcel("y", "p1", { plan_approved: "2024-01-01", recovery_decided: "2024-01-20", compensated: "2024-03-01" }),
    ], "2024-12-31", (id) => (id === "p1" ? "B" : "A"));
    expect(rows.map((r) => [r.parcel.id, r.rule.id, r.flag.level])).toEqual([
      ["x", "notice_lead_agricultural", "red"],
      ["y", "payment_after_approval", "red"],
      ["y", "recovery_after_approval", "red"],
    ]);
  });
});
