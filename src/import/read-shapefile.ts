// Zipped Shapefile: .shp geometry read by shapefile's streaming reader, .dbf attributes read by
// its dbf reader through a byte-string decoder (every byte kept, so TCVN3 and VNI text survive
// until an encoding is chosen), .prj and .cpg as text. shpjs is not used: it reprojects from the
// .prj without the VN-2000 datum shift and decodes the .dbf as UTF-8, destroying legacy text.

import openDbf from "shapefile/dbf/index.js";
import openShp from "shapefile/shp/index.js";
import { unzipSync } from "fflate";
import { byteSource } from "@/import/byte-source";
import { byteString, encodingOfCpg } from "@/import/encodings";
import { ImportFileError } from "@/import/import-errors";
import type { AnyGeometry } from "@/domain/import-types";
import type { Checkpoint, RawFeature, RawValue, ReadResult } from "@/import/raw-feature";

/** Records between two checkpoints. */
const CHUNK = 1000;

/** The files of a zip, by lower-case name (folders dropped); a broken zip is malformed. */
export function unzipFiles(bytes: Uint8Array, what: string): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ImportFileError("malformed", `${what}_zip`);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/") || name.startsWith("__MACOSX/")) continue;
    out.set(name.toLowerCase(), data);
  }
  return out;
}

const byteDecoder = { decode: (bytes: Uint8Array) => byteString(bytes) };

function dateText(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function value(v: string | number | boolean | Date | null | undefined): RawValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateText(v);
  return v ?? null;
}

/** Reads the first Shapefile of a zip (its .shp, .dbf, and .prj / .cpg when present). */
export async function readShapefileZip(bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadResult> {
  const files = unzipFiles(bytes, "shapefile");
  const shpName = [...files.keys()].filter((n) => n.endsWith(".shp")).sort()[0];
  if (!shpName) throw new ImportFileError("missing_part", "shp");
  const base = shpName.slice(0, -4);
  const shpBytes = files.get(shpName) as Uint8Array;
  const dbfBytes = files.get(`${base}.dbf`);
  if (!dbfBytes) throw new ImportFileError("missing_part", "dbf");
  const prjBytes = files.get(`${base}.prj`);
  const cpgBytes = files.get(`${base}.cpg`);
  const view = new DataView(shpBytes.buffer, shpBytes.byteOffset, shpBytes.byteLength);
  if (shpBytes.byteLength < 100 || view.getInt32(0, false) !== 9994) throw new ImportFileError("malformed", "shp_header");
  if (dbfBytes.byteLength < 32) throw new ImportFileError("malformed", "dbf_header");
  const dbfView = new DataView(dbfBytes.buffer, dbfBytes.byteOffset, dbfBytes.byteLength);
  const total = dbfView.getUint32(4, true);
  const headerLength = dbfView.getUint16(8, true);
  const recordLength = dbfView.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1 || headerLength + total * recordLength > dbfBytes.byteLength) {
    throw new ImportFileError("malformed", "dbf_header");
  }

  let shp: Awaited<ReturnType<typeof openShp>>;
  let dbf: Awaited<ReturnType<typeof openDbf>>;
  try {
    shp = await openShp(byteSource(shpBytes));
    dbf = await openDbf(byteSource(dbfBytes), byteDecoder);
  } catch (e) {
    throw new ImportFileError("malformed", e instanceof Error && /shape type/.test(e.message) ? "shp_type" : "shp_header");
  }
  const fields = dbf._fields.map((f) => f.name);
  const features: RawFeature[] = [];
  await checkpoint(0, total);
  for (let row = 1; ; row++) {
    let shape: Awaited<ReturnType<typeof shp.read>>;
    let record: Awaited<ReturnType<typeof dbf.read>>;
    try {
      [shape, record] = await Promise.all([shp.read(), dbf.read()]);
    } catch {
      throw new ImportFileError("malformed", `shp_record_${row}`);
    }
    if (shape.done !== record.done) throw new ImportFileError("malformed", "dbf_record_count");
    if (shape.done) break;
    const attributes: Record<string, RawValue> = {};
    for (const [k, v] of Object.entries(record.value ?? {})) attributes[k] = value(v);
    features.push({ row, geometry: (shape.value as AnyGeometry | null) ?? null, attributes });
    if (row % CHUNK === 0) await checkpoint(row, total);
  }
  await checkpoint(features.length, total);
  if (features.length === 0) throw new ImportFileError("empty", "shp");
  return {
    format: "shapefile",
    features,
    fields,
    prj: prjBytes ? new TextDecoder().decode(prjBytes) : null,
    cpgEncoding: cpgBytes ? encodingOfCpg(new TextDecoder().decode(cpgBytes)) : null,
    encoded: true,
  };
}
