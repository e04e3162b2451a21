import { describe, expect, it } from "vitest";
import { parseParcelsExport } from "@/data/parcels-export-query";
import { UnexpectedDataError } from "@/data/parse";

const feature = {
  type: "Feature", id: "c0000000-0000-4000-8000-000000000001",
  geometry: { type: "Polygon", coordinates: [[[105.9, 20.9], [105.901, 20.9], [105.901, 20.901], [105.9, 20.9]]] },
  properties: { id: "c0000000-0000-4000-8000-000000000001", project_code: "VD4", area_m2: 100, stage: "not_started" },
};

describe("parseParcelsExport", () => {
  it("returns the collection as the database wrote it", () => {
    const data = { type: "FeatureCollection", features: [feature] };
    expect(parseParcelsExport(data)).toBe(data);
  });
  it("reads an empty export", () => {
    expect(parseParcelsExport({ type: "FeatureCollection", features: [] }).features).toEqual([]);
  });
  it("refuses a feature without a polygon", () => {
    expect(() => parseParcelsExport({ type: "FeatureCollection", features: [{ ...feature, geometry: null }] }))
      .toThrow(UnexpectedDataError);
  });
});
