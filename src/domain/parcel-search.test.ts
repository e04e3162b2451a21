import { describe, expect, it } from "vitest";
import { MAX_NUMBER_LENGTH, readParcelSearch } from "@/domain/parcel-search";

describe("readParcelSearch", () => {
  it("trims the numbers and reads an empty district as the whole province", () => {
    expect(readParcelSearch({ mapSheet: " 12 ", parcelNo: "345\t", adminUnitId: "" }))
      .toEqual({ search: { mapSheet: "12", parcelNo: "345", adminUnitId: null } });
    expect(readParcelSearch({ mapSheet: "12a", parcelNo: "PL-3", adminUnitId: "326" }))
      .toEqual({ search: { mapSheet: "12a", parcelNo: "PL-3", adminUnitId: "326" } });
  });

  it("names each missing or bad field", () => {
    expect(readParcelSearch({ mapSheet: "  ", parcelNo: "", adminUnitId: "" }))
      .toEqual({ problems: { mapSheet: "required", parcelNo: "required" } });
    expect(readParcelSearch({ mapSheet: "1".repeat(MAX_NUMBER_LENGTH + 1), parcelNo: "7", adminUnitId: "" }))
      .toEqual({ problems: { mapSheet: "tooLong" } });
    // characters no sheet or parcel number has are refused, not searched
    for (const bad of ["1,2", "(3)", "4'", "-5", "a\"b"]) {
      expect(readParcelSearch({ mapSheet: "12", parcelNo: bad, adminUnitId: "" })).toEqual({ problems: { parcelNo: "badCharacters" } });
    }
  });

  it("accepts Vietnamese letters", () => {
    expect(readParcelSearch({ mapSheet: "Đ12", parcelNo: "5", adminUnitId: "" })).toHaveProperty("search.mapSheet", "Đ12");
  });
});
