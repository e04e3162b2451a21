import { describe, expect, it } from "vitest";
import { prjVn2000Tm3, PRJ_VN2000_UTM48, PRJ_WGS84, VN2000_TEST_POINTS } from "../../tests/support/import-fixtures";
import { axisSwapSuspected, crsLabel, fromWgs84, proj4Definition, readPrj, TM3_PRESETS, toWgs84 } from "@/import/crs";
import { metresBetween } from "@/import/test-support";

const TM3 = { kind: "vn2000-tm3", centralMeridian: 105.5 } as const;
const { a, b } = VN2000_TEST_POINTS;

describe("VN-2000 conversion (references.md test points)", () => {
  it("WGS84 (106.0517, 20.6464) ⇄ TM-3 105°30′ 557 293.392 / 2 283 906.248 within 0.1 m", () => {
    const [e, n] = fromWgs84(TM3)(a.lon, a.lat);
    expect(Math.hypot(e - a.tm3.e, n - a.tm3.n)).toBeLessThan(0.1);
    const back = toWgs84(TM3)(a.tm3.e, a.tm3.n);
    expect(metresBetween(back, [a.lon, a.lat])).toBeLessThan(0.1);
  });

  it("TM-3 560 000 / 2 300 000 → (106.07822471548735, 20.79168683285339)", () => {
    const [lon, lat] = toWgs84(TM3)(b.tm3.e, b.tm3.n);
    expect(lon).toBeCloseTo(b.lon, 9);
    expect(lat).toBeCloseTo(b.lat, 9);
    // Without the datum shift the same numbers land about 224 m away: the shift is really applied.
    expect(metresBetween([lon, lat], [b.withoutShift.lon, b.withoutShift.lat])).toBeGreaterThan(200);
  });

  it("the same point ⇄ UTM 48N 609 365.634 / 2 283 477.430", () => {
    const [e, n] = fromWgs84({ kind: "vn2000-utm", zone: 48 })(a.lon, a.lat);
    expect(Math.hypot(e - a.utm48.e, n - a.utm48.n)).toBeLessThan(0.1);
  });

  it("writes the Position Vector rotations (signs flipped from EPSG:6960's Coordinate Frame)", () => {
    expect(proj4Definition(TM3)).toContain("+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278");
    expect(proj4Definition({ kind: "wgs84" })).toBeNull();
    expect(crsLabel(TM3)).toBe("VN-2000 / TM-3 105°30′ (EPSG:9209)");
    expect(TM3_PRESETS[0]).toMatchObject({ province: "Hưng Yên", centralMeridian: 105.5 });
  });
});

describe("readPrj", () => {
  it("recognises VN-2000 by name and its projection", () => {
    expect(readPrj(prjVn2000Tm3(105.5))).toEqual({ crs: TM3, note: "prj_vn2000_by_name" });
    expect(readPrj(prjVn2000Tm3(105.75)).crs).toEqual({ kind: "vn2000-tm3", centralMeridian: 105.75 });
    expect(readPrj(PRJ_VN2000_UTM48)).toEqual({ crs: { kind: "vn2000-utm", zone: 48 }, note: "prj_vn2000_by_name" });
    expect(readPrj(prjVn2000Tm3().replace(/VN_2000/g, "Vietnam_2000")).note).toBe("prj_vn2000_by_name");
    expect(readPrj(prjVn2000Tm3().replace(/VN_2000/g, "VN-2000")).note).toBe("prj_vn2000_by_name");
  });

  it("recognises geographic WGS 84 and leaves anything else to the person", () => {
    expect(readPrj(PRJ_WGS84)).toEqual({ crs: { kind: "wgs84" }, note: "prj_wgs84" });
    expect(readPrj('PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984"]]')).toEqual({ crs: null, note: "prj_unknown" });
    expect(readPrj('GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000"]]').crs).toBeNull();
  });
});

describe("axisSwapSuspected", () => {
  it("sees northings in X and eastings in Y, in metres and in degrees", () => {
    expect(axisSwapSuspected([2283906, 557293, 2284906, 558293])).toBe(true);
    expect(axisSwapSuspected([557293, 2283906, 558293, 2284906])).toBe(false);
    expect(axisSwapSuspected([20.6, 106.0, 20.7, 106.1])).toBe(true);
    expect(axisSwapSuspected([106.0, 20.6, 106.1, 20.7])).toBe(false);
    expect(axisSwapSuspected(null)).toBe(false);
  });
});
