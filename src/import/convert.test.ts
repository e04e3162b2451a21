import { describe, expect, it } from "vitest";
import {
  bowTieShapefile, csvText, duplicateShapefile, kmlText, lonLatSquare, PARCEL_FIELDS, prjVn2000Tm3, shapefileZip, squareRing, utf8,
  vn2000Dxf, vn2000Parcels, vn2000ParcelsShapefile, VN2000_TEST_POINTS, wktPolygon, wrongDatumShapefiles,
} from "../../tests/support/import-fixtures";
import type { ConvertResult, ImportProblem, ParcelImportRow } from "@/domain/import-types";
import { metresBetween, parcelOptions, readAndConvert, TEST_PROVINCE } from "@/import/test-support";

const { a } = VN2000_TEST_POINTS;

function parcels(result: ConvertResult): { rows: readonly ParcelImportRow[]; problems: readonly ImportProblem[]; skipped: number } {
  if (result.layer !== "parcels") throw new Error("not parcels");
  return { rows: result.rows, problems: result.problems, skipped: result.skippedOutsideCorridor };
}

const codes = (problems: readonly ImportProblem[]) => problems.map((p) => `${p.row}:${p.code}${p.other_row ? `>${p.other_row}` : ""}`);

describe("VN-2000 parcels to WGS84", () => {
  it("lands the corner on test point a within 0.1 m, keeps the file's numbers, and finds nothing wrong", async () => {
    const { converted } = await readAndConvert("t.zip", vn2000ParcelsShapefile(3), parcelOptions());
    const { rows, problems } = parcels(converted);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(3);
    const ring = (rows[0]!.geom.coordinates as number[][][])[0]!;
    const nearest = Math.min(...ring.map((p) => metresBetween(p, [a.lon, a.lat])));
    expect(nearest).toBeLessThan(0.1);
    expect((rows[0]!.source_geom.coordinates as number[][][])[0]![0]).toEqual([a.tm3.e, a.tm3.n]);
    expect(rows[0]).toMatchObject({ row: 1, map_sheet: "7", parcel_no: "1", land_type: "LUC", area_m2: 400, owner_name: "Nguyễn Văn An", household: null });
  });

  it("swaps X = northing, Y = easting when asked, to the same place", async () => {
    const { summary, converted } = await readAndConvert("t.zip", vn2000ParcelsShapefile(1, { swapAxes: true }), parcelOptions({ axisSwapped: true }));
    expect(summary.axisSwapSuspected).toBe(true);
    const ring = (parcels(converted).rows[0]!.geom.coordinates as number[][][])[0]!;
    expect(Math.min(...ring.map((p) => metresBetween(p, [a.lon, a.lat])))).toBeLessThan(0.1);
    expect(parcels(converted).problems).toEqual([]);
  });

  it("reads UTM 48N numbers of the same point to the same place", async () => {
    const { e, n } = a.utm48;
    const zip = shapefileZip({ fields: PARCEL_FIELDS, features: [{ rings: [squareRing(e, n, 20)], values: { SOTO: "1", SOTHUA: "1", LOAIDAT: "LUC", DIENTICH: 400 } }] });
    const { converted } = await readAndConvert("t.zip", zip, parcelOptions({ crs: { kind: "vn2000-utm", zone: 48 } }));
    const ring = (parcels(converted).rows[0]!.geom.coordinates as number[][][])[0]!;
    expect(Math.min(...ring.map((p) => metresBetween(p, [a.lon, a.lat])))).toBeLessThan(0.1);
  });

  it("refuses a wrong datum before commit: another meridian lands outside the province, WGS84-declared metres are no coordinates", async () => {
    const { wrongMeridian, declaredWgs84 } = wrongDatumShapefiles();
    const west = await readAndConvert("t.zip", wrongMeridian, parcelOptions({ crs: { kind: "vn2000-tm3", centralMeridian: 104.5 } }));
    expect(codes(parcels(west.converted).problems)).toEqual(["1:outside_province", "2:outside_province", "3:outside_province"]);
    const wgs = await readAndConvert("t.zip", declaredWgs84, parcelOptions({ crs: { kind: "wgs84" } }));
    expect(wgs.summary.crsFromFile).toEqual({ kind: "wgs84" });
    expect(wgs.summary.axisSwapSuspected).toBe(false);
    expect(codes(parcels(wgs.converted).problems)).toEqual(["1:coordinates_invalid", "2:coordinates_invalid", "3:coordinates_invalid"]);
  });
});

describe("per-row rules", () => {
  it("a bow-tie: self_intersection at its crossing, still a row for the preview", async () => {
    const { converted } = await readAndConvert("t.zip", bowTieShapefile(), parcelOptions());
    const { rows, problems } = parcels(converted);
    expect(codes(problems)).toEqual(["2:self_intersection"]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    // The crossing is the bow-tie's middle, 10 m east and north of its corner at (e + 20, n).
    expect(metresBetween(problems[0]!.at!, (rows[1]!.geom.coordinates as number[][][])[0]![0]!)).toBeGreaterThan(10);
  });

  it("a duplicate: both rows, each naming the other", async () => {
    const { converted } = await readAndConvert("t.zip", duplicateShapefile(), parcelOptions());
    expect(codes(parcels(converted).problems)).toEqual(["1:duplicate_in_file>3", "3:duplicate_in_file>1"]);
  });

  it("fields: missing, area not a number, area off by more than 10 %, unknown land type", async () => {
    const { e, n } = a.tm3;
    const f = (i: number, values: Record<string, string | number | null>) => ({ rings: [squareRing(e + 30 * i, n, 20)], values: { SOTO: "7", SOTHUA: String(i + 1), LOAIDAT: "LUC", DIENTICH: 400, ...values } });
    const zip = shapefileZip({
      fields: [...PARCEL_FIELDS.slice(0, 3), { name: "DIENTICH", type: "C", length: 12 }],
      features: [f(0, { SOTO: null }), f(1, { DIENTICH: "abc" }), f(2, { DIENTICH: "445" }), f(3, { DIENTICH: "435,5" }), f(4, { LOAIDAT: "XYZ" }), f(5, { DIENTICH: "-3" })],
    });
    const { converted } = await readAndConvert("t.zip", zip, parcelOptions());
    const { problems, rows } = parcels(converted);
    expect(codes(problems)).toEqual(["1:field_missing", "2:area_invalid", "3:area_mismatch", "5:land_type_unknown", "6:area_invalid"]);
    expect(problems[0]!.detail).toBe("map_sheet");
    expect(Number(problems[2]!.detail)).toBeCloseTo(400, -1);
    expect(problems[3]!.detail).toBe("XYZ");
    expect(rows[3]!.area_m2).toBe(435.5);
    expect(problems.every((p) => p.at !== null)).toBe(true);
  });

  it("overlap in the file, by the contract's rule", async () => {
    const { e, n } = a.tm3;
    const zip = shapefileZip({
      fields: PARCEL_FIELDS,
      features: [0, 10, 20].map((dx, i) => ({ rings: [squareRing(e + dx, n, 20)], values: { SOTO: "7", SOTHUA: String(i + 1), LOAIDAT: "LUC", DIENTICH: 400 } })),
    });
    const { converted } = await readAndConvert("t.zip", zip, parcelOptions());
    expect(codes(parcels(converted).problems)).toEqual(["1:overlap>2", "2:overlap>1", "3:overlap>2"]);
  });

  it("outside the project's outline; outside a road's corridor, or only the corridor's parcels kept", async () => {
    const project = { geometry: { type: "Polygon" as const, coordinates: [lonLatSquare(a.lon - 0.0001, a.lat - 0.0001, 0.0004)] }, corridorWidthM: null };
    const zip = vn2000ParcelsShapefile(3, { size: 20 });
    const outline = await readAndConvert("t.zip", zip, parcelOptions({ project }));
    expect(codes(parcels(outline.converted).problems)).toEqual(["3:outside_project"]);
    // A north-south centre line 5 m west of the first parcel, 20 m wide: parcel 1 is in the corridor, 2 and 3 are not.
    const lon = a.lon - 5 / (111320 * Math.cos((a.lat * Math.PI) / 180));
    const road = { geometry: { type: "LineString" as const, coordinates: [[lon, a.lat - 0.01], [lon, a.lat + 0.01]] }, corridorWidthM: 20 };
    const corridor = await readAndConvert("t.zip", zip, parcelOptions({ project: road }));
    expect(codes(parcels(corridor.converted).problems)).toEqual(["2:outside_project", "3:outside_project"]);
    const only = await readAndConvert("t.zip", zip, parcelOptions({ project: road, corridorOnly: true }));
    expect(parcels(only.converted)).toMatchObject({ skipped: 2, problems: [] });
    expect(parcels(only.converted).rows.map((r) => r.row)).toEqual([1]);
  });
});

describe("other formats through the same rules", () => {
  const mapping = { map_sheet: { column: "so_to" }, parcel_no: { column: "so_thua" }, land_type: { constant: "LUC" }, area_m2: null, owner_name: null, household: null };
  it("KML and CSV in WGS84", async () => {
    const ring = lonLatSquare(a.lon, a.lat);
    const kml = await readAndConvert("t.kml", utf8(kmlText([{ name: "1", ring, data: { so_to: "7", so_thua: "1" } }])), parcelOptions({ crs: { kind: "wgs84" }, encoding: null, mapping }));
    expect(codes(parcels(kml.converted).problems)).toEqual(["1:field_missing"]);
    const csv = await readAndConvert("t.csv", utf8(csvText([{ wkt: wktPolygon(ring), values: { so_to: "7", so_thua: "1" } }])), parcelOptions({ crs: { kind: "wgs84" }, mapping }));
    expect(parcels(csv.converted).rows[0]).toMatchObject({ map_sheet: "7", parcel_no: "1", land_type: "LUC" });
  });

  it("DXF in VN-2000 with texts as fields", async () => {
    const { converted } = await readAndConvert("t.dxf", vn2000Dxf(), parcelOptions({
      mapping: { map_sheet: { constant: "12" }, parcel_no: { column: "text1" }, land_type: { column: "text2" }, area_m2: null, owner_name: null, household: null },
    }));
    const { rows, problems } = parcels(converted);
    expect(rows.map((r) => [r.parcel_no, r.land_type])).toEqual([["101", "LUC"], ["102", "ONT"]]);
    expect(codes(problems)).toEqual(["1:field_missing", "2:field_missing"]);
  });
});

describe("admin units and project geometry layers", () => {
  it("admin units: codes, levels, parents and dates", async () => {
    const ring = lonLatSquare(a.lon, a.lat, 0.01);
    const text = csvText([
      { wkt: wktPolygon(ring), values: { ma: "12345", ten: "Xã A", cap: "commune", cha: "33", tu: "2025-07-01", den: "" } },
      { wkt: wktPolygon(ring), values: { ma: "", ten: "Xã B", cap: "village", cha: "33", tu: "2025-13-01", den: "" } },
    ]);
    const { converted } = await readAndConvert("u.csv", utf8(text), parcelOptions({
      layer: "admin_units", crs: { kind: "wgs84" },
      mapping: { id: { column: "ma" }, name: { column: "ten" }, level: { column: "cap" }, parent_id: { column: "cha" }, valid_from: { column: "tu" }, valid_to: { column: "den" } },
    }));
    if (converted.layer !== "admin_units") throw new Error("layer");
    expect(converted.rows[0]).toMatchObject({ id: "12345", name: "Xã A", level: "commune", parent_id: "33", valid_from: "2025-07-01", valid_to: null });
    expect(converted.problems.map((p) => `${p.row}:${p.code}:${p.detail}`)).toEqual(["2:unit_invalid:id", "2:unit_invalid:level", "2:unit_invalid:valid_from"]);
  });

  it("a project's centre line from a two-feature file, merged; outside the province refused", async () => {
    const lines = [[[a.lon, a.lat], [a.lon + 0.01, a.lat]], [[a.lon + 0.01, a.lat], [a.lon + 0.02, a.lat + 0.01]]];
    const text = csvText(lines.map((l) => ({ wkt: `LINESTRING(${l.map((p) => p.join(" ")).join(", ")})`, values: { ten: "Vành đai 4" } })));
    const options = parcelOptions({ layer: "project_geometry", crs: { kind: "wgs84" }, mapping: {} });
    const { converted } = await readAndConvert("p.csv", utf8(text), options);
    if (converted.layer !== "project_geometry") throw new Error("layer");
    expect(converted.problems).toEqual([]);
    expect(converted.geometry?.geom.type).toBe("MultiLineString");
    const far = await readAndConvert("p.csv", utf8(text), { ...options, province: { type: "Polygon", coordinates: [lonLatSquare(100, 10, 1)] } });
    expect(far.converted.problems.map((p) => p.code)).toEqual(["outside_province"]);
    expect(TEST_PROVINCE.type).toBe("Polygon");
  });

  it("a project's outline: a polygon Shapefile in VN-2000", async () => {
    const zip = shapefileZip({ fields: PARCEL_FIELDS, features: vn2000Parcels(1, { size: 500 }), prj: prjVn2000Tm3() });
    const { converted } = await readAndConvert("p.zip", zip, parcelOptions({ layer: "project_geometry", mapping: {} }));
    if (converted.layer !== "project_geometry") throw new Error("layer");
    expect(converted.problems).toEqual([]);
    expect(converted.geometry?.geom.type).toBe("Polygon");
    expect(converted.geometry?.source_geom.coordinates[0]).toEqual(vn2000Parcels(1, { size: 500 })[0]!.rings![0]);
  });
});
