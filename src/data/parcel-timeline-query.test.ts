import { describe, expect, it } from "vitest";
import { parcelTimelineQuery, parseParcelTimeline, PARCEL_TIMELINE_TODAY_KEY } from "@/data/parcel-timeline-query";
import { UnexpectedDataError } from "@/data/parse";

const row = {
  id: "c0000000-0000-4000-8000-000000000004", project_id: "b0000000-0000-4000-8000-000000000002",
  admin_unit_id: "325", map_sheet: "20", parcel_no: "4", land_type: "LUC", area_m2: "400", stage: "notice",
  stage_since: "2024-03-01 02:00:00+00", blocked: true, blocker_reason: "Hộ dân chưa đồng ý đơn giá",
  blocker_responsible: "UBND xã", blocked_since: "2024-03-05 02:00:00+00",
  acts: { notice: "2024-03-01" }, center_lon: 106.0005, center_lat: "20.9505",
};

describe("parseParcelTimeline", () => {
  it("reads a parcel's stage, blocker, acts and centre", () => {
    const [parcel] = parseParcelTimeline([row]);
    expect(parcel).toEqual({
      id: row.id, projectId: row.project_id, adminUnitId: "325", mapSheet: "20", parcelNo: "4", landType: "LUC",
      areaM2: 400, stage: "notice", stageSince: "2024-03-01T02:00:00.000Z", blocked: true,
      blockerReason: "Hộ dân chưa đồng ý đơn giá", blockerResponsible: "UBND xã",
      blockedSince: "2024-03-05T02:00:00.000Z", acts: { notice: "2024-03-01" }, center: [106.0005, 20.9505],
    });
  });
  it("reads a parcel no event ever moved", () => {
    const [parcel] = parseParcelTimeline([{ ...row, stage: "not_started", stage_since: null, blocked: false,
      blocker_reason: null, blocker_responsible: null, blocked_since: null, acts: {} }]);
    expect(parcel).toMatchObject({ stage: "not_started", stageSince: null, blockedSince: null, acts: {} });
  });
  it("refuses an act the database does not record, or an act's instant instead of its day", () => {
    expect(() => parseParcelTimeline([{ ...row, acts: { draft_posted: "2024-03-01" } }])).toThrow(UnexpectedDataError);
    expect(() => parseParcelTimeline([{ ...row, acts: { notice: "2024-03-01T00:00:00Z" } }])).toThrow(UnexpectedDataError);
  });
});

describe("parcelTimelineQuery", () => {
  it("keys a project's and a parcel's timelines apart, today's under the change feed's prefix", () => {
    expect(parcelTimelineQuery({ projectId: "p" }, null).queryKey).toEqual([...PARCEL_TIMELINE_TODAY_KEY, "project", "p"]);
    expect(parcelTimelineQuery({ parcelId: "x" }, "2024-12-31").queryKey).toEqual(["parcel-timeline", "2024-12-31", "parcel", "x"]);
  });
});
