import { describe, expect, it } from "vitest";
import { guessMapping, missingFields, rememberedMapping } from "@/features/import/import-mapping";
import { mapViewOf } from "@/features/import/import-payload";

describe("field mapping", () => {
  const columns = ["SoTo", "SỐ_THỬA", "LOAIDAT", "DIENTICH", "CHUSUDUNG"];

  it("guesses the fields from the column names cadastral exports use", () => {
    expect(guessMapping("parcels", columns)).toEqual({
      map_sheet: { column: "SoTo" }, land_type: { column: "LOAIDAT" }, area_m2: { column: "DIENTICH" }, owner_name: { column: "CHUSUDUNG" },
      parcel_no: { column: "SỐ_THỬA" },
    });
  });

  it("takes the remembered run's sources, but not a column this file lacks", () => {
    const mapping = rememberedMapping("parcels", columns, { map_sheet: { column: "TO" }, land_type: { constant: "LUC" }, owner_name: null });
    expect(mapping.map_sheet).toEqual({ column: "SoTo" });
    expect(mapping.land_type).toEqual({ constant: "LUC" });
    expect(mapping.owner_name).toBeNull();
  });

  it("names the required fields without a source or with an empty constant", () => {
    expect(missingFields("parcels", { map_sheet: { column: "A" }, parcel_no: { constant: " " } })).toEqual(["parcel_no", "land_type", "area_m2"]);
    expect(missingFields("project_geometry", {})).toEqual([]);
  });
});

describe("the map's view of an import", () => {
  it("zooms in far enough to draw parcels", () => {
    expect(mapViewOf([105.9, 20.9, 105.9004, 20.9002], true)).toBe("20.90010,105.90020,18");
    expect(mapViewOf([105.8, 20.6, 106.3, 21.0], true).endsWith(",15")).toBe(true);
    expect(mapViewOf([105.8, 20.6, 106.3, 21.0], false).endsWith(",10")).toBe(true);
  });
});
