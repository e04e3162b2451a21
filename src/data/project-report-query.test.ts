import { describe, expect, it } from "vitest";
import { parseProjectReport } from "@/data/project-report-query";
import { UnexpectedDataError } from "@/data/parse";
import { STAGE_IDS } from "@/domain/stages";

const byStage: Record<string, unknown> = Object.fromEntries(STAGE_IDS.map((id) => [id, { parcels: "0", area_m2: "0" }]));

// As the local backend sends it: numeric and bigint as strings, timestamptz in Postgres text
// form, and inside jsonb as ISO 8601.
const row = {
  id: "b0000000-0000-4000-8000-000000000002", code: "KCN-VL", name: "Khu công nghiệp Văn Lâm", kind: "industrial_park",
  status: "under_clearance", investor: null, responsible_unit: "UBND huyện Văn Lâm", responsible_person: "Ông A",
  due_date: "2025-06-30", retired_at: null, area_to_clear_m2: "900", parcels: "2", area_m2: "900",
  by_stage: { ...byStage, notice: { parcels: 1, area_m2: 400 }, handed_over: { parcels: "1", area_m2: "500.5" } },
  cleared_parcels: "1", cleared_area_m2: "500.5", blocked_parcels: "1", blocked_area_m2: "400",
  blockers: [{ reason: "Hộ dân chưa đồng ý đơn giá", responsible: "UBND xã", parcels: 1, area_m2: 400,
               oldest_since: "2024-11-01T02:00:00+00:00", stale_parcels: 1 }],
  stale_blockers: "1", oldest_stage_since: "2024-10-01 02:00:00+00",
};

describe("parseProjectReport", () => {
  it("reads every figure, in camelCase, with instants as ISO strings", () => {
    const [report] = parseProjectReport([row]);
    expect(report).toMatchObject({
      code: "KCN-VL", kind: "industrial_park", responsibleUnit: "UBND huyện Văn Lâm", dueDate: "2025-06-30",
      areaToClearM2: 900, parcels: 2, clearedAreaM2: 500.5, blockedParcels: 1, staleBlockers: 1,
      oldestStageSince: "2024-10-01T02:00:00.000Z",
      blockers: [{ reason: "Hộ dân chưa đồng ý đơn giá", responsible: "UBND xã", parcels: 1, areaM2: 400,
                   oldestSince: "2024-11-01T02:00:00.000Z", staleParcels: 1 }],
    });
    expect(report!.byStage.handed_over).toEqual({ parcels: 1, areaM2: 500.5 });
    expect(Object.keys(report!.byStage)).toEqual([...STAGE_IDS]);
  });
  it("keeps a retired project and one with no parcels", () => {
    const [report] = parseProjectReport([{ ...row, retired_at: "2024-12-01 03:00:00+00", parcels: 0, area_m2: 0,
      blockers: [], oldest_stage_since: null }]);
    expect(report).toMatchObject({ retiredAt: "2024-12-01T03:00:00.000Z", parcels: 0, blockers: [], oldestStageSince: null });
  });
  it("refuses a stage missing from by_stage or an unknown kind", () => {
    const partial: Record<string, unknown> = { ...row.by_stage };
    delete partial.dialogue;
    expect(() => parseProjectReport([{ ...row, by_stage: partial }])).toThrow(UnexpectedDataError);
    expect(() => parseProjectReport([{ ...row, kind: "airport" }])).toThrow(UnexpectedDataError);
  });
});
