import { describe, expect, it } from "vitest";
import { crsFromForm, formFromCrs, formatMeridian, parseMeridian } from "@/features/import/import-crs";

describe("typed central meridians", () => {
  it("reads degrees with a comma or a point, and degrees with minutes", () => {
    expect(parseMeridian("105,5")).toBe(105.5);
    expect(parseMeridian("105.75")).toBe(105.75);
    expect(parseMeridian("105°30′")).toBe(105.5);
    expect(parseMeridian("105 45")).toBe(105.75);
    expect(parseMeridian("107°45'")).toBe(107.75);
  });

  it("refuses what is no meridian of Vietnam's zones", () => {
    for (const text of ["", "abc", "10.5", "120", "105°75′x"]) expect(parseMeridian(text)).toBeNull();
  });
});

describe("the CRS form", () => {
  it("starts at Hưng Yên's 105°30′ and round-trips the choices", () => {
    expect(crsFromForm({ kind: "tm3", preset: "Hưng Yên", typed: "" })).toEqual({ kind: "vn2000-tm3", centralMeridian: 105.5 });
    expect(crsFromForm({ kind: "tm3", preset: "other", typed: "104°30′" })).toEqual({ kind: "vn2000-tm3", centralMeridian: 104.5 });
    expect(crsFromForm({ kind: "tm3", preset: "other", typed: "x" })).toBeNull();
    expect(crsFromForm({ kind: "utm49", preset: "Hưng Yên", typed: "" })).toEqual({ kind: "vn2000-utm", zone: 49 });
    expect(crsFromForm(formFromCrs({ kind: "vn2000-tm3", centralMeridian: 106.25 }))).toEqual({ kind: "vn2000-tm3", centralMeridian: 106.25 });
    expect(formatMeridian(105.5)).toBe("105°30′");
    expect(formatMeridian(105)).toBe("105°");
  });
});
