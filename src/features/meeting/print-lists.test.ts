import { describe, expect, it } from "vitest";
import type { BlockerTally, ParcelTimelineRow, ProjectReportRow } from "@/domain/meeting-types";
import { printBlockerRows, printDeadlineRows } from "@/features/meeting/print-lists";

function blocker(reason: string, staleParcels: number, oldestSince = "2024-01-01T00:00:00Z"): BlockerTally {
  return { reason, responsible: null, parcels: staleParcels + 1, areaM2: 100, oldestSince, staleParcels };
}

function project(id: string, blockers: BlockerTally[] = []): ProjectReportRow {
  return { id, name: id, blockers } as unknown as ProjectReportRow;
}

function parcel(id: string, acts: ParcelTimelineRow["acts"], landType = "LUC"): ParcelTimelineRow {
  return { id, landType, stage: "recovery_decided", acts } as unknown as ParcelTimelineRow;
}

describe("printBlockerRows", () => {
  it("keeps stale groups only, most stale first, and counts the rest", () => {
    const report = [project("a", [blocker("x", 2), blocker("y", 0)]), project("b", [blocker("z", 5), blocker("w", 1)])];
    const list = printBlockerRows(report, 2);
    expect(list.rows.map((r) => r.blocker.reason)).toEqual(["z", "x"]);
    expect(list.more).toBe(1);
  });
});

describe("printDeadlineRows", () => {
  it("counts a project's parcels per rule", () => {
    // notice 30 days before the decision on farmland: the 90-day lead is broken
    const late = parcel("p1", { notice: "2024-01-01", recovery_decided: "2024-01-31" });
    const late2 = parcel("p2", { notice: "2024-01-05", recovery_decided: "2024-02-01" });
    const fine = parcel("p3", { notice: "2024-01-01", recovery_decided: "2024-06-01" });
    const list = printDeadlineRows([{ project: project("a"), parcels: [late, late2, fine] }], "2024-07-01");
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ ruleId: "notice_lead_agricultural", red: 2, amber: 0, firstLimit: "2024-03-31" });
    expect(list.more).toBe(0);
  });
});
