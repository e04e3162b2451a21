import { describe, expect, it } from "vitest";
import { parseAreaProgress } from "@/data/area-progress-query";
import { UnexpectedDataError } from "@/data/parse";

const row = {
  id: "326", name: "Văn Giang", level: "district", parent_id: "33", parcels: "3", cleared_parcels: "1",
  blocked_parcels: "0", total_area_m2: "600.25", cleared_area_m2: "300",
};

describe("parseAreaProgress", () => {
  it("reads counts and areas sent as strings", () => {
    expect(parseAreaProgress([row])).toEqual([{
      id: "326", name: "Văn Giang", level: "district", parentId: "33", parcels: 3, clearedParcels: 1,
      blockedParcels: 0, totalAreaM2: 600.25, clearedAreaM2: 300,
    }]);
  });
  it("reads a commune with no parcels (zeros)", () => {
    const [unit] = parseAreaProgress([{ ...row, id: "12001", level: "commune", parent_id: "326", parcels: 0,
      cleared_parcels: 0, total_area_m2: 0, cleared_area_m2: 0 }]);
    expect(unit).toMatchObject({ level: "commune", parcels: 0, totalAreaM2: 0 });
  });
  it("refuses a province row or a fractional count", () => {
    expect(() => parseAreaProgress([{ ...row, level: "province" }])).toThrow(UnexpectedDataError);
    expect(() => parseAreaProgress([{ ...row, parcels: "2.5" }])).toThrow(UnexpectedDataError);
  });
});
