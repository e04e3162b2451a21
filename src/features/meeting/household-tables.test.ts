import { describe, expect, it } from "vitest";
import type { HouseholdDeadlineRow, HouseholdFigures } from "@/domain/household-types";
import type { ProjectReportRow, StageTally } from "@/domain/meeting-types";
import { STAGE_IDS } from "@/domain/stages";
import type { StageId } from "@/domain/stages";
import { buildCsv } from "@/domain/table-export";
import { householdDeadlineRows, householdDeadlinesModel } from "@/features/meeting/household-deadlines-model";
import { summaryModel } from "@/features/meeting/summary-model";

const stages = Object.fromEntries(STAGE_IDS.map((s) => [s, { parcels: 0, areaM2: 0 }])) as Record<StageId, StageTally>;
const project = (id: string): ProjectReportRow => ({
  id, code: id.toUpperCase(), name: `Dự án ${id}`, kind: "industrial_cluster", status: "active", investor: null,
  responsibleUnit: null, responsiblePerson: null, dueDate: null, retiredAt: null, areaToClearM2: 0, parcels: 0, areaM2: 0,
  byStage: stages, clearedParcels: 0, clearedAreaM2: 0, blockedParcels: 0, blockedAreaM2: 0, blockers: [], staleBlockers: 0,
  oldestStageSince: null,
});
const figures = (key: string, over: Partial<HouseholdFigures>): HouseholdFigures => ({
  key, name: key, households: 0, householdsPlanApproved: 0, householdsPaid: 0, householdsHandedOver: 0, approvedVnd: 0,
  paidVnd: 0, gravesTotal: 0, gravesMoved: 0, utilities: [], plotsNeeded: 0, plotsReady: 0, ...over,
});

describe("the province summary's household columns", () => {
  const byId = new Map([
    ["a", figures("a", { households: 4, householdsPaid: 3, approvedVnd: 395_000_000, paidVnd: 295_000_000, gravesTotal: 15, gravesMoved: 4,
      utilities: [{ kind: "power_line", unit: "m", total: 1000, done: 300 }] })],
    ["b", figures("b", { households: 2, householdsPaid: 1, approvedVnd: 5_000_000, paidVnd: 5_000_000, plotsNeeded: 2, plotsReady: 1 })],
  ]);
  const words = { lang: "vi" as const, total: "Tổng cộng", unknownResponsible: "?", targets: () => null,
    households: (id: string) => byId.get(id) ?? null, itemKind: () => "Đường điện" };
  const rows = [project("a"), project("b")];
  const model = summaryModel(rows, "2024-12-31", words, () => null);

  it("shows each project's units and totals them", () => {
    const value = (id: string, row: ProjectReportRow) => model.columns.find((c) => c.id === id)!.value(row);
    expect(value("hh", rows[0]!)).toBe(4);
    expect(value("vndPaid", rows[0]!)).toBe(295_000_000);
    expect(value("utilities", rows[0]!)).toBe("Đường điện: 300 / 1.000 m");
    expect(model.totals).toMatchObject({ hh: 6, hhPaid: 4, vndApproved: 400_000_000, vndPaid: 300_000_000, gravesMoved: 4, gravesTotal: 15, plotsReady: 1, plotsNeeded: 2 });
  });

  it("writes the full amounts of dong in the CSV", () => {
    const csv = buildCsv(model, rows).split("\r\n");
    expect(csv[0]).toContain("Kinh phí đã duyệt (đồng),Đã chi trả (đồng)");
    expect(csv[1]).toContain("395000000,295000000");
  });

  it("leaves the cells empty, and no totals, while the figures are unknown", () => {
    const empty = summaryModel(rows, "2024-12-31", { ...words, households: () => null }, () => null);
    expect(empty.columns.find((c) => c.id === "hh")!.value(rows[0]!)).toBeNull();
    expect(empty.totals?.hh).toBeUndefined();
  });
});

describe("the households' payment deadline table", () => {
  const row = (party: string, projectId: string, decisionDate: string, paidInFullOn: string | null): HouseholdDeadlineRow => ({
    partyId: party, partyName: `Hộ ${party}`, planId: "plan", projectId, batch: "Đợt 1", decisionDate,
    totalVnd: 100_000_000, paidVnd: paidInFullOn ? 100_000_000 : 40_000_000, paidInFullOn,
  });
  const today = "2024-05-31";
  const rows = householdDeadlineRows([
    row("on-time", "p1", "2024-04-01", "2024-05-01"),
    row("late-paid", "p1", "2024-04-01", "2024-05-03"),
    row("unpaid", "p1", "2024-04-01", null),
    row("near", "p2", "2024-05-05", null),
    row("early", "p2", "2024-05-20", null),
  ], today, (id) => id);

  it("lists households past or near the 30-day limit, red first, most days first", () => {
    expect(rows.map((r) => [r.row.partyId, r.flag.level, r.flag.days])).toEqual([
      ["unpaid", "red", 30], ["late-paid", "red", 2], ["near", "amber", 4],
    ]);
  });

  it("totals households and amounts", () => {
    const model = householdDeadlinesModel(rows, { late: "Quá hạn", near: "Sắp đến hạn", total: "Tổng cộng", projectName: (id) => id }, () => null);
    expect(model.totals).toMatchObject({ party: "3", level: "Quá hạn: 2; Sắp đến hạn: 1", total: 300_000_000, paid: 180_000_000 });
    expect(model.columns.find((c) => c.id === "limit")!.value(rows[0]!)).toBe("2024-05-01");
  });
});
