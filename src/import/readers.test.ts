import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import {
  csvText, dxfBytes, geojsonText, kmlText, kmz, lonLatSquare, malformedFiles, PARCEL_FIELDS, prjVn2000Tm3, shapefileZip,
  tcvn3ParcelsShapefile, utf8, vn2000Dxf, vn2000Parcels, vn2000ParcelsShapefile, VN2000_TEST_POINTS, wktPolygon,
} from "../../tests/support/import-fixtures";
import { MAX_IMPORT_FILE_BYTES } from "@/domain/limits";
import { ImportFileError } from "@/import/import-errors";
import { arcPositions, plainMtext } from "@/import/read-dxf";
import { readImportFile } from "@/import/read-file";
import { readBytes } from "@/import/test-support";

const { a } = VN2000_TEST_POINTS;

async function fileError(name: string, bytes: Uint8Array): Promise<ImportFileError> {
  try {
    await readBytes(name, bytes);
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("zipped Shapefile", () => {
  it("reads geometry, fields, .prj and .cpg", async () => {
    const { summary, result } = await readBytes("thua.zip", vn2000ParcelsShapefile(3));
    expect(summary).toMatchObject({
      format: "shapefile", rowCount: 3, fields: ["SOTO", "SOTHUA", "LOAIDAT", "DIENTICH", "CHUSUDUNG"],
      crsFromFile: { kind: "vn2000-tm3", centralMeridian: 105.5 }, crsNote: "prj_vn2000_by_name", assumedEncoding: "utf-8", axisSwapSuspected: false,
    });
    expect(summary.rawBounds?.[0]).toBeCloseTo(a.tm3.e, 6);
    expect(summary.encodings?.[0]?.preview[0]).toMatchObject({ SOTO: "7", SOTHUA: "1", DIENTICH: 400, CHUSUDUNG: "Nguyễn Văn An" });
    expect(result.features[0]?.geometry?.type).toBe("Polygon");
  });

  it("keeps TCVN3 bytes of the .dbf and assumes TCVN3, with every candidate previewed", async () => {
    const { summary } = await readBytes("thua.zip", tcvn3ParcelsShapefile("tcvn3"));
    expect(summary.assumedEncoding).toBe("tcvn3");
    expect(summary.encodings?.[0]?.preview.map((r) => r.CHUSUDUNG)).toEqual(["Nguyễn Văn An", "Trần Thị Hương", "Nguyễn Văn An"]);
    expect(summary.encodings?.length).toBe(3); // not valid UTF-8, so UTF-8 is not offered
    const vni = await readBytes("thua.zip", tcvn3ParcelsShapefile("vni"));
    expect(vni.summary.assumedEncoding).toBe("vni");
  });

  it("suspects X = northing, Y = easting", async () => {
    const { summary } = await readBytes("thua.zip", vn2000ParcelsShapefile(2, { swapAxes: true }));
    expect(summary.axisSwapSuspected).toBe(true);
  });

  it("without a .prj asks the person", async () => {
    const { summary } = await readBytes("thua.zip", vn2000ParcelsShapefile(2, { prj: null }));
    expect(summary).toMatchObject({ crsFromFile: null, crsNote: "none", prj: null });
  });

  it("reads null shapes as rows without geometry", async () => {
    const features = [...vn2000Parcels(1), { rings: null, values: { SOTO: "7", SOTHUA: "9" } }];
    const zip = shapefileZip({ fields: PARCEL_FIELDS, features, prj: prjVn2000Tm3() });
    const { result } = await readBytes("thua.zip", zip);
    expect(result.features.map((f) => f.geometry?.type ?? null)).toEqual(["Polygon", null]);
  });
});

describe("KML, KMZ, GeoJSON, CSV", () => {
  const ring = lonLatSquare(a.lon, a.lat);
  it("reads KML placemarks with ExtendedData as WGS84", async () => {
    const text = kmlText([{ name: "Thửa 1", ring, data: { so_to: "7", so_thua: "1" } }]);
    const { summary, result } = await readBytes("t.kml", utf8(text));
    expect(summary).toMatchObject({ format: "kml", rowCount: 1, crsFromFile: { kind: "wgs84" }, crsNote: "format_wgs84", encodings: null, assumedEncoding: null });
    expect(summary.fields).toEqual(expect.arrayContaining(["name", "so_to", "so_thua"]));
    expect(result.features[0]?.attributes.name).toBe("Thửa 1");
    expect(result.features[0]?.geometry).toMatchObject({ type: "Polygon" });
  });

  it("reads a KMZ's doc.kml", async () => {
    const { summary } = await readBytes("t.kmz", kmz(kmlText([{ name: "1", ring, data: {} }])));
    expect(summary).toMatchObject({ format: "kmz", rowCount: 1 });
  });

  it("reads GeoJSON", async () => {
    const { summary, result } = await readBytes("t.geojson", utf8(geojsonText([{ ring, properties: { so_thua: 5, ten: "Đất ở" } }])));
    expect(summary).toMatchObject({ format: "geojson", rowCount: 1, crsNote: "format_wgs84", fields: ["so_thua", "ten"] });
    expect(result.features[0]?.attributes).toEqual({ so_thua: 5, ten: "Đất ở" });
  });

  it("reads CSV with a WKT column, quoted commas included", async () => {
    const text = csvText([{ wkt: wktPolygon(ring), values: { so_to: "7", chu: "Nguyễn, Văn An" } }]);
    const { summary, result } = await readBytes("t.csv", utf8(text));
    expect(summary).toMatchObject({ format: "csv", rowCount: 1, fields: ["so_to", "chu"], assumedEncoding: "utf-8" });
    expect(summary.encodings?.[0]?.preview[0]).toEqual({ so_to: "7", chu: "Nguyễn, Văn An" });
    expect(result.features[0]?.geometry?.type).toBe("Polygon");
  });
});

describe("DXF", () => {
  it("reads closed polylines, tessellates bulges and joins TEXT/MTEXT inside each", async () => {
    const { summary, result } = await readBytes("t.dxf", vn2000Dxf());
    expect(summary).toMatchObject({ format: "dxf", rowCount: 2, fields: ["text1", "text2", "layer"], crsFromFile: null, crsNote: "none" });
    expect(result.features.map((f) => [f.attributes.text1, f.attributes.text2, f.attributes.layer])).toEqual([["101", "LUC", "THUA"], ["102", "ONT", "THUA"]]);
    const arcRing = (result.features[1]?.geometry?.coordinates as number[][][])[0]!;
    // The half circle east of x = e + 40 reaches 10 m further east.
    expect(Math.max(...arcRing.map((p) => p[0]!))).toBeCloseTo(a.tm3.e + 50, 1);
    expect(arcRing.length).toBeGreaterThan(20);
  });

  it("draws a bulge's arc on the right side and radius", () => {
    const pts = arcPositions({ x: 0, y: 0 }, { x: 2, y: 0 }, 1);
    expect(pts[0]).toEqual([0, 0]);
    for (const [x, y] of pts.slice(1)) {
      expect(Math.hypot(x! - 1, y!)).toBeCloseTo(1, 9);
      expect(y!).toBeLessThan(0);
    }
    expect(plainMtext("{\\fArial|b0;12}\\PLUC")).toBe("12 LUC");
  });

  it("keeps legacy bytes of texts for the encoding choice", async () => {
    const { e, n } = a.tm3;
    const bytes = dxfBytes([{ vertices: [{ x: e, y: n }, { x: e + 10, y: n }, { x: e + 10, y: n + 10 }, { x: e, y: n + 10 }] }], [
      { x: e + 2, y: n + 2, text: new Uint8Array([0xa7, 0xca, 0x74, 0x20, 0xeb]) },
    ]);
    const { summary } = await readBytes("t.dxf", bytes);
    expect(summary.assumedEncoding).toBe("tcvn3");
    expect(summary.encodings?.[0]?.preview[0]?.text1).toBe("Đất ở");
  });
});

describe("files that cannot be read", () => {
  it("says what is missing or broken, per kind", async () => {
    const bad = malformedFiles();
    const got: Record<string, [string, string | null]> = {};
    for (const [key, f] of Object.entries(bad)) {
      const e = await fileError(f.name, f.bytes);
      got[key] = [e.code, e.detail];
    }
    expect(got).toEqual({
      zipNotZip: ["malformed", "shapefile_zip"],
      shapefileWithoutDbf: ["missing_part", "dbf"],
      shapefileBrokenShp: ["malformed", "shp_header"],
      kml: ["malformed", "kml_xml"],
      kmzWithoutKml: ["missing_part", "doc.kml"],
      dxf: ["malformed", "dxf"],
      geojson: ["malformed", "geojson_json"],
      csv: ["malformed", "csv_quote"],
    });
  });

  it("refuses a file over the cap, an empty file, an unknown kind, a zip without .shp, a CSV without WKT", async () => {
    const big = { byteLength: MAX_IMPORT_FILE_BYTES + 1 } as Uint8Array;
    await expect(readImportFile("big.zip", big, async () => {})).rejects.toMatchObject({ code: "too_large", detail: String(MAX_IMPORT_FILE_BYTES) });
    expect((await fileError("t.zip", new Uint8Array(0))).code).toBe("empty");
    expect((await fileError("t.dgn", utf8("x"))).code).toBe("unsupported");
    expect(await fileError("t.zip", zipSync({ "a.txt": utf8("x") }))).toMatchObject({ code: "missing_part", detail: "shp" });
    expect(await fileError("t.csv", utf8("a,b\n1,2\n"))).toMatchObject({ code: "missing_part", detail: "wkt_column" });
    expect(await fileError("t.shp", utf8("x"))).toMatchObject({ code: "missing_part", detail: "dbf" });
  });
});
