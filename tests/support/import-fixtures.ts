// Files to import, written by the tests themselves (issue #14): a Shapefile writer (.shp, .shx,
// .dbf in any byte encoding, .prj, .cpg, zipped with fflate), KML/KMZ, DXF (bulges, TEXT, MTEXT),
// GeoJSON and CSV+WKT builders, VN-2000 parcels placed from the independent test points of
// shared/docs/references.md, and bad files of each kind. Plain TypeScript on Uint8Array (no
// Node APIs), so unit tests, browser tests (Playwright's setInputFiles with a Buffer of these
// bytes) and benches can all use it.

import { zipSync } from "fflate";

/** Bytes of text as UTF-8. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Concatenation of byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ------------------------------------------------------------------ VN-2000 test points

/**
 * The independent test points of references.md ("Import"): proj4 2.22.0 with the Position Vector
 * +towgs84, checked against a separate implementation of EPSG method 9607.
 */
export const VN2000_TEST_POINTS = {
  /** WGS84 (106.0517 E, 20.6464 N) ⇄ VN-2000 TM-3 105°30′ E 557 293.392, N 2 283 906.248 ⇄ UTM 48N. */
  a: { lon: 106.0517, lat: 20.6464, tm3: { e: 557293.392, n: 2283906.248 }, utm48: { e: 609365.634, n: 2283477.43 } },
  /** VN-2000 TM-3 105°30′ E 560 000, N 2 300 000 → WGS84; without the datum shift it lands about 224 m away. */
  b: { lon: 106.07822471548735, lat: 20.79168683285339, tm3: { e: 560000, n: 2300000 }, withoutShift: { lon: 106.0763455929779, lat: 20.792676299863725 } },
} as const;

/** ESRI .prj of VN-2000 / TM-3 with a central meridian (as ArcGIS and MapInfo exports write it: no TOWGS84). */
export function prjVn2000Tm3(centralMeridian = 105.5): string {
  return `PROJCS["VN_2000_TM3_${centralMeridian}",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian}],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
}

/** ESRI .prj of VN-2000 / UTM zone 48N. */
export const PRJ_VN2000_UTM48 = `PROJCS["VN_2000_UTM_Zone_48N",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

/** ESRI .prj of geographic WGS 84. */
export const PRJ_WGS84 = `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`;

/** A closed square ring with its south-west corner at (x, y), `size` units a side, clockwise (the Shapefile's outer ring order). */
export function squareRing(x: number, y: number, size: number): number[][] {
  return [[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]];
}

/** A bow-tie: two edges cross in the middle (at (x + size/2, y + size/2)). */
export function bowTieRing(x: number, y: number, size: number): number[][] {
  return [[x, y], [x + size, y + size], [x + size, y], [x, y + size], [x, y]];
}

// ------------------------------------------------------------------ Shapefile

/** A .dbf column: C text, N number (`decimals` digits after the point), D date (YYYYMMDD). */
export interface DbfField {
  readonly name: string;
  readonly type: "C" | "N" | "D";
  readonly length: number;
  readonly decimals?: number;
}

/** A value of a .dbf cell: text (encoded by the file's encoder), raw bytes (written as they are), a number, or empty. */
export type DbfValue = string | number | Uint8Array | null;

/** One feature of a Shapefile: its rings (polygon parts in order, each ring closed) or a line / point, and its cells. */
export interface ShapeFeature {
  /** Polygon: rings (each a closed list of [x, y]), possibly of several parts; null for a null shape. */
  readonly rings?: readonly (readonly (readonly number[])[])[] | null;
  readonly line?: readonly (readonly number[])[];
  readonly values: Readonly<Record<string, DbfValue>>;
}

export interface ShapefileSpec {
  /** Base name inside the zip. */
  readonly name?: string;
  readonly shapeType?: "polygon" | "polyline";
  readonly fields: readonly DbfField[];
  readonly features: readonly ShapeFeature[];
  /** How text cells become bytes (default UTF-8). */
  readonly encodeText?: (text: string) => Uint8Array;
  readonly prj?: string | null;
  readonly cpg?: string | null;
  /** Parts to leave out of the zip (bad files). */
  readonly omit?: readonly ("shp" | "shx" | "dbf")[];
}

const SHAPE_TYPE = { polygon: 5, polyline: 3 } as const;

function boxOf(points: readonly (readonly number[])[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points as [number, number][]) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return points.length ? [minX, minY, maxX, maxY] : [0, 0, 0, 0];
}

/** The record content (after the 8-byte record header) of one shape. */
function shapeContent(type: number, parts: readonly (readonly (readonly number[])[])[] | null): Uint8Array {
  if (!parts || parts.length === 0) {
    const nul = new Uint8Array(4);
    new DataView(nul.buffer).setInt32(0, 0, true);
    return nul;
  }
  const points = parts.flat();
  const bytes = new Uint8Array(44 + 4 * parts.length + 16 * points.length);
  const v = new DataView(bytes.buffer);
  v.setInt32(0, type, true);
  boxOf(points).forEach((n, i) => v.setFloat64(4 + 8 * i, n, true));
  v.setInt32(36, parts.length, true);
  v.setInt32(40, points.length, true);
  let start = 0;
  parts.forEach((p, i) => {
    v.setInt32(44 + 4 * i, start, true);
    start += p.length;
  });
  let at = 44 + 4 * parts.length;
  for (const [x, y] of points as [number, number][]) {
    v.setFloat64(at, x, true);
    v.setFloat64(at + 8, y, true);
    at += 16;
  }
  return bytes;
}

function shpHeader(type: number, fileBytes: number, box: [number, number, number, number]): Uint8Array {
  const h = new Uint8Array(100);
  const v = new DataView(h.buffer);
  v.setInt32(0, 9994, false);
  v.setInt32(24, fileBytes / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, type, true);
  box.forEach((n, i) => v.setFloat64(36 + 8 * i, n, true));
  return h;
}

function dbfBytes(fields: readonly DbfField[], rows: readonly Readonly<Record<string, DbfValue>>[], encode: (s: string) => Uint8Array): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = 126; out[2] = 12; out[3] = 2;
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(utf8(f.name).subarray(0, 10), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals ?? 0;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    for (const f of fields) {
      const value = row[f.name] ?? null;
      let cell: Uint8Array;
      if (value instanceof Uint8Array) cell = value;
      else if (value === null) cell = new Uint8Array(0);
      else if (typeof value === "number") cell = utf8(f.decimals ? value.toFixed(f.decimals) : String(Math.round(value)));
      else cell = encode(value);
      const padded = new Uint8Array(f.length).fill(0x20);
      const bytes = cell.subarray(0, f.length);
      padded.set(bytes, f.type === "N" ? f.length - bytes.length : 0);
      out.set(padded, at);
      at += f.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** The four files of a Shapefile (.shp, .shx, .dbf; .prj and .cpg when given), by extension. */
export function shapefileParts(spec: ShapefileSpec): Record<string, Uint8Array> {
  const type = SHAPE_TYPE[spec.shapeType ?? "polygon"];
  const contents = spec.features.map((f) => shapeContent(type, f.rings ?? (f.line ? [f.line] : null)));
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const all = spec.features.flatMap((f) => (f.rings ?? (f.line ? [f.line] : [])).flat());
  const box = boxOf(all);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * contents.length);
  shp.set(shpHeader(type, shpLength, box));
  shx.set(shpHeader(type, shx.length, box));
  let at = 100;
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  contents.forEach((c, i) => {
    sv.setInt32(at, i + 1, false);
    sv.setInt32(at + 4, c.length / 2, false);
    shp.set(c, at + 8);
    xv.setInt32(100 + 8 * i, at / 2, false);
    xv.setInt32(104 + 8 * i, c.length / 2, false);
    at += 8 + c.length;
  });
  const parts: Record<string, Uint8Array> = {
    shp,
    shx,
    dbf: dbfBytes(spec.fields, spec.features.map((f) => f.values), spec.encodeText ?? utf8),
  };
  if (spec.prj) parts.prj = utf8(spec.prj);
  if (spec.cpg) parts.cpg = utf8(spec.cpg);
  for (const part of spec.omit ?? []) delete parts[part];
  return parts;
}

/** A zipped Shapefile. */
export function shapefileZip(spec: ShapefileSpec): Uint8Array {
  const name = spec.name ?? "thua_dat";
  const parts = shapefileParts(spec);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([ext, bytes]) => [`${name}.${ext}`, bytes])));
}

/** The .dbf columns of a parcels file as Vietnamese offices name them. */
export const PARCEL_FIELDS: readonly DbfField[] = [
  { name: "SOTO", type: "C", length: 10 },
  { name: "SOTHUA", type: "C", length: 10 },
  { name: "LOAIDAT", type: "C", length: 10 },
  { name: "DIENTICH", type: "N", length: 14, decimals: 2 },
  { name: "CHUSUDUNG", type: "C", length: 60 },
];

/** The mapping of PARCEL_FIELDS to the tracker's fields, as ConvertOptions.mapping takes it. */
export const PARCEL_MAPPING = {
  map_sheet: { column: "SOTO" },
  parcel_no: { column: "SOTHUA" },
  land_type: { column: "LOAIDAT" },
  area_m2: { column: "DIENTICH" },
  owner_name: { column: "CHUSUDUNG" },
  household: null,
} as const;

/** The planar area of a closed ring in its own units² (for legal areas of TM-3 fixtures, in m²). */
export function ringArea(ring: readonly (readonly number[])[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(s / 2);
}

/**
 * `count` adjacent square parcels in VN-2000 TM-3 105°30′, in rows of `perRow`, the first with its
 * south-west corner on test point a (so it lands on (106.0517, 20.6464) within millimetres),
 * `size` metres a side, sheet 7, numbers 1…count, land type LUC, legal area = drawn area.
 */
export function vn2000Parcels(count: number, options: { size?: number; perRow?: number; swapAxes?: boolean } = {}): ShapeFeature[] {
  const size = options.size ?? 20;
  const perRow = options.perRow ?? 200;
  const { e, n } = VN2000_TEST_POINTS.a.tm3;
  return Array.from({ length: count }, (_, i) => {
    const ring = squareRing(e + (i % perRow) * size, n + Math.floor(i / perRow) * size, size);
    return {
      rings: [options.swapAxes ? ring.map(([x, y]) => [y!, x!]) : ring],
      values: { SOTO: "7", SOTHUA: String(i + 1), LOAIDAT: "LUC", DIENTICH: ringArea(ring), CHUSUDUNG: "Nguyễn Văn An" },
    };
  });
}

/** A zipped Shapefile of VN-2000 TM-3 105°30′ parcels with its .prj (UTF-8 .dbf with a .cpg). */
export function vn2000ParcelsShapefile(count = 3, options: { size?: number; perRow?: number; swapAxes?: boolean; prj?: string | null } = {}): Uint8Array {
  return shapefileZip({
    fields: PARCEL_FIELDS,
    features: vn2000Parcels(count, options),
    prj: options.prj === undefined ? prjVn2000Tm3(105.5) : options.prj,
    cpg: "UTF-8",
  });
}

// ------------------------------------------------------------------ legacy encodings

/**
 * Vietnamese text in TCVN3 (ABC) and VNI bytes, written from the charts of both encodings, not by
 * the converter under test. TCVN3: one byte per letter (đ A7/AE, ấ CA, ở EB, ễ D4, ă A8, ư AD…);
 * VNI: the base letter then its mark bytes (Đ D1, â+acute E1, ơ F4, hook FB, ê+tilde E3, ă EA…).
 */
export const LEGACY_TEXTS = {
  /** "Đất ở" */
  datO: { unicode: "Đất ở", tcvn3: [0xa7, 0xca, 0x74, 0x20, 0xeb], vni: [0xd1, 0x61, 0xe1, 0x74, 0x20, 0xf4, 0xfb] },
  /** "Nguyễn Văn An" */
  nguyenVanAn: {
    unicode: "Nguyễn Văn An",
    tcvn3: [0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e, 0x20, 0x56, 0xa8, 0x6e, 0x20, 0x41, 0x6e],
    vni: [0x4e, 0x67, 0x75, 0x79, 0x65, 0xe3, 0x6e, 0x20, 0x56, 0x61, 0xea, 0x6e, 0x20, 0x41, 0x6e],
  },
  /** "Trần Thị Hương" */
  tranThiHuong: {
    unicode: "Trần Thị Hương",
    tcvn3: [0x54, 0x72, 0xc7, 0x6e, 0x20, 0x54, 0x68, 0xde, 0x20, 0x48, 0xad, 0xac, 0x6e, 0x67],
    vni: [0x54, 0x72, 0x61, 0xe0, 0x6e, 0x20, 0x54, 0x68, 0xf2, 0x20, 0x48, 0xf6, 0xf4, 0x6e, 0x67],
  },
  /** "NGUYỄN" in TCVN3: it has no capital Ễ, so the capital is written with the lower-case letter's byte. */
  nguyenCaps: { unicodeAsRead: "NGUYễN", tcvn3: [0x4e, 0x47, 0x55, 0x59, 0xd4, 0x4e] },
} as const;

/** A Shapefile of three parcels whose .dbf text is in TCVN3 bytes (no .cpg, as such files come). */
export function tcvn3ParcelsShapefile(encoding: "tcvn3" | "vni" = "tcvn3"): Uint8Array {
  const owners = [LEGACY_TEXTS.nguyenVanAn, LEGACY_TEXTS.tranThiHuong, LEGACY_TEXTS.nguyenVanAn];
  const features = vn2000Parcels(3).map((f, i) => ({
    ...f,
    values: { ...f.values, CHUSUDUNG: new Uint8Array(owners[i]![encoding]) },
  }));
  return shapefileZip({ fields: PARCEL_FIELDS, features, prj: prjVn2000Tm3(105.5) });
}

// ------------------------------------------------------------------ KML, GeoJSON, CSV, DXF

/** A KML placemark: WGS84 ring and its extended data. */
export interface KmlPlacemark {
  readonly name: string;
  readonly ring: readonly (readonly number[])[];
  readonly data: Readonly<Record<string, string>>;
}

/** KML text of polygon placemarks with ExtendedData. */
export function kmlText(placemarks: readonly KmlPlacemark[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = placemarks.map((p) => `<Placemark><name>${esc(p.name)}</name><ExtendedData>${Object.entries(p.data)
    .map(([k, v]) => `<Data name="${esc(k)}"><value>${esc(v)}</value></Data>`).join("")}</ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>${p.ring
    .map(([x, y]) => `${x},${y},0`).join(" ")}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n${body}\n</Document></kml>\n`;
}

/** A KMZ holding the KML as doc.kml. */
export function kmz(kml: string): Uint8Array {
  return zipSync({ "doc.kml": utf8(kml) });
}

/** A small WGS84 square (degrees) whose south-west corner is at the given place. */
export function lonLatSquare(lon: number, lat: number, sizeDeg = 0.0002): number[][] {
  return [[lon, lat], [lon + sizeDeg, lat], [lon + sizeDeg, lat + sizeDeg], [lon, lat + sizeDeg], [lon, lat]];
}

/** A GeoJSON FeatureCollection of polygons with properties. */
export function geojsonText(features: readonly { ring: readonly (readonly number[])[]; properties: Record<string, unknown> }[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: features.map((f) => ({ type: "Feature", properties: f.properties, geometry: { type: "Polygon", coordinates: [f.ring] } })),
  });
}

/** CSV text with a WKT column (`wkt`) and other columns, comma separated, quoted where needed. */
export function csvText(rows: readonly { wkt: string; values: Record<string, string | number> }[]): string {
  const columns = ["wkt", ...Object.keys(rows[0]?.values ?? {})];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(","), ...rows.map((r) => [r.wkt, ...columns.slice(1).map((c) => String(r.values[c] ?? ""))].map(quote).join(","))].join("\n") + "\n";
}

/** WKT of a polygon ring. */
export function wktPolygon(ring: readonly (readonly number[])[]): string {
  return `POLYGON((${ring.map(([x, y]) => `${x} ${y}`).join(", ")}))`;
}

/** A DXF closed polyline: vertices (not repeating the first) with optional bulges, on a layer. */
export interface DxfPolyline {
  readonly layer?: string;
  readonly vertices: readonly { x: number; y: number; bulge?: number }[];
  readonly closed?: boolean;
}

/** A DXF text at its insertion point; bytes for legacy-encoded text. */
export interface DxfText {
  readonly x: number;
  readonly y: number;
  readonly text: string | Uint8Array;
  readonly kind?: "TEXT" | "MTEXT";
  readonly layer?: string;
}

/** An ASCII DXF (ENTITIES section only, as many exporters write small files) of LWPOLYLINEs and texts. */
export function dxfBytes(polylines: readonly DxfPolyline[], texts: readonly DxfText[] = []): Uint8Array {
  const lines: (string | Uint8Array)[] = ["0", "SECTION", "2", "ENTITIES"];
  const pair = (code: number, value: string | Uint8Array) => lines.push(String(code), value);
  for (const p of polylines) {
    pair(0, "LWPOLYLINE");
    pair(8, p.layer ?? "THUA");
    pair(90, String(p.vertices.length));
    pair(70, p.closed === false ? "0" : "1");
    for (const v of p.vertices) {
      pair(10, String(v.x));
      pair(20, String(v.y));
      if (v.bulge) pair(42, String(v.bulge));
    }
  }
  for (const t of texts) {
    pair(0, t.kind ?? "TEXT");
    pair(8, t.layer ?? "SOTHUA");
    pair(10, String(t.x));
    pair(20, String(t.y));
    pair(30, "0");
    pair(40, "1.5");
    pair(1, t.text);
  }
  lines.push("0", "ENDSEC", "0", "EOF");
  return concatBytes(lines.map((l) => concatBytes([typeof l === "string" ? utf8(l) : l, utf8("\n")])));
}

/**
 * A DXF of two VN-2000 TM-3 parcels from test point a: a square, and beside it a square whose east
 * side is a half circle (bulge 1) — each with its parcel number (TEXT) and land type (MTEXT) inside.
 */
export function vn2000Dxf(): Uint8Array {
  const { e, n } = VN2000_TEST_POINTS.a.tm3;
  return dxfBytes(
    [
      { vertices: [{ x: e, y: n }, { x: e + 20, y: n }, { x: e + 20, y: n + 20 }, { x: e, y: n + 20 }] },
      { vertices: [{ x: e + 20, y: n }, { x: e + 40, y: n, bulge: 1 }, { x: e + 40, y: n + 20 }, { x: e + 20, y: n + 20 }] },
    ],
    [
      { x: e + 5, y: n + 12, text: "101" },
      { x: e + 5, y: n + 6, text: "LUC", kind: "MTEXT" },
      { x: e + 25, y: n + 12, text: "102" },
      { x: e + 25, y: n + 6, text: "{\\fArial|b0;ONT}", kind: "MTEXT" },
      { x: e + 500, y: n + 500, text: "outside every parcel" },
    ],
  );
}

// ------------------------------------------------------------------ bad files

/** A zipped Shapefile with a bow-tie parcel (row 2; the crossing at its middle) among good ones. */
export function bowTieShapefile(): Uint8Array {
  const features = vn2000Parcels(3);
  const { e, n } = VN2000_TEST_POINTS.a.tm3;
  const bow = bowTieRing(e + 20, n, 20);
  const patched = features.map((f, i) => (i === 1 ? { ...f, rings: [bow] } : f));
  return shapefileZip({ fields: PARCEL_FIELDS, features: patched, prj: prjVn2000Tm3(105.5), cpg: "UTF-8" });
}

/** A zipped Shapefile whose rows 1 and 3 share map sheet 7, parcel 1. */
export function duplicateShapefile(): Uint8Array {
  const features = vn2000Parcels(3).map((f, i) => (i === 2 ? { ...f, values: { ...f.values, SOTHUA: "1" } } : f));
  return shapefileZip({ fields: PARCEL_FIELDS, features, prj: prjVn2000Tm3(105.5), cpg: "UTF-8" });
}

/**
 * Wrong-datum files of the same VN-2000 TM-3 105°30′ numbers: declared with another province's
 * central meridian (104°30′: about 100 km west, outside Hưng Yên → outside_province), and declared
 * as WGS84 (the metres are no longitude/latitude → coordinates_invalid).
 */
export function wrongDatumShapefiles(): { wrongMeridian: Uint8Array; declaredWgs84: Uint8Array } {
  return {
    wrongMeridian: vn2000ParcelsShapefile(3, { prj: prjVn2000Tm3(104.5) }),
    declaredWgs84: vn2000ParcelsShapefile(3, { prj: PRJ_WGS84 }),
  };
}

/** One malformed file of each kind, with the file name it is offered under. */
export function malformedFiles(): Record<string, { name: string; bytes: Uint8Array }> {
  const good = shapefileParts({ fields: PARCEL_FIELDS, features: vn2000Parcels(2), prj: prjVn2000Tm3(105.5) });
  const brokenShp = good.shp!.slice();
  brokenShp[3] = 0; // file code 9994 → something else
  return {
    zipNotZip: { name: "thua_dat.zip", bytes: utf8("this is not a zip file") },
    shapefileWithoutDbf: { name: "thua_dat.zip", bytes: zipSync({ "thua_dat.shp": good.shp!, "thua_dat.shx": good.shx! }) },
    shapefileBrokenShp: { name: "thua_dat.zip", bytes: zipSync({ "thua_dat.shp": brokenShp, "thua_dat.dbf": good.dbf! }) },
    kml: { name: "thua_dat.kml", bytes: utf8('<?xml version="1.0"?><kml><Document><Placemark><name>1</name></Document>') },
    kmzWithoutKml: { name: "thua_dat.kmz", bytes: zipSync({ "readme.txt": utf8("no kml here") }) },
    dxf: { name: "thua_dat.dxf", bytes: utf8("0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n10\nnot-a-number\n") },
    geojson: { name: "thua_dat.geojson", bytes: utf8('{"type":"FeatureCollection","features":[') },
    csv: { name: "thua_dat.csv", bytes: utf8('wkt,so_thua\n"POLYGON((0 0, 1 0, 1 1, 0 0)),1\n') },
  };
}
