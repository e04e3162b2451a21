// CSV with a WKT geometry column (wellknown: plain JavaScript, no Buffer, so it runs in a worker
// as it is). The text is kept as bytes for the encoding choice; the structure (quotes, commas,
// semicolons, tabs) is ASCII in every encoding offered, so it is split before decoding.

import { parse as parseWkt } from "wellknown";
import { byteString } from "@/import/encodings";
import { ImportFileError } from "@/import/import-errors";
import { geometryOf } from "@/import/read-geojson";
import type { Checkpoint, RawFeature, RawValue, ReadResult } from "@/import/raw-feature";

const CHUNK = 2000;
const WKT_NAMES = ["wkt", "geom", "geometry", "the_geom", "shape", "hinh_hoc"];

/** The records of CSV text (RFC 4180 quoting) with the given delimiter. */
export function csvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      if (record.length > 1 || record[0] !== "") records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new ImportFileError("malformed", "csv_quote");
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const WKT_START = /^\s*(MULTI)?(POLYGON|LINESTRING|POINT)\s*(Z|M|ZM)?\s*(\(|EMPTY)/i;

/** Reads CSV bytes whose rows carry a WKT column. */
export async function readCsv(bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadResult> {
  let text = byteString(bytes);
  if (text.startsWith("\xEF\xBB\xBF")) text = text.slice(3);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = [",", ";", "\t"].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const [header, ...records] = csvRecords(text, delimiter);
  if (!header || records.length === 0) throw new ImportFileError("empty", "csv");
  const names = header.map((h) => h.trim());
  let wktColumn = names.findIndex((n) => WKT_NAMES.includes(n.toLowerCase()));
  if (wktColumn < 0) wktColumn = (records[0] ?? []).findIndex((v) => WKT_START.test(v));
  if (wktColumn < 0) throw new ImportFileError("missing_part", "wkt_column");
  const fields = names.filter((_, i) => i !== wktColumn);
  const features: RawFeature[] = [];
  for (let r = 0; r < records.length; r++) {
    const values = records[r]!;
    const attributes: Record<string, RawValue> = {};
    names.forEach((n, i) => {
      if (i !== wktColumn) attributes[n] = values[i]?.trim() || null;
    });
    const wkt = values[wktColumn]?.trim() ?? "";
    const geometry = wkt ? geometryOf(parseWkt(wkt)) : null;
    features.push({ row: r + 1, geometry, attributes });
    if ((r + 1) % CHUNK === 0) await checkpoint(r + 1, records.length);
  }
  await checkpoint(records.length, records.length);
  return { format: "csv", features, fields, prj: null, cpgEncoding: null, encoded: true };
}
