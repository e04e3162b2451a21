// Reading one file: the size cap, the reader for its kind, and the summary the page shows before
// the person chooses CRS, encoding and fields.

import { MAX_IMPORT_FILE_BYTES } from "@/domain/limits";
import { axisSwapSuspected, readPrj } from "@/import/crs-names";
import { encodingCandidates } from "@/import/encodings";
import { ImportFileError } from "@/import/import-errors";
import type { ReadSummary } from "@/domain/import-types";
import type { Checkpoint, RawFeature, ReadResult } from "@/import/raw-feature";
import { readCsv } from "@/import/read-csv";
import { readDxf } from "@/import/read-dxf";
import { featuresOfGeoJson, namedCrs } from "@/import/read-geojson";
import { readKmlText, readKmz } from "@/import/read-kml";
import { readShapefileZip } from "@/import/read-shapefile";

/** The reader's result with its summary. */
export interface ReadOutcome {
  readonly result: ReadResult;
  readonly summary: ReadSummary;
}

async function readGeoJson(bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadResult & { namedCrs: string | null }> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ImportFileError("malformed", "geojson_json");
  }
  await checkpoint(0, null);
  const { features, fields } = featuresOfGeoJson(json);
  if (features.length === 0) throw new ImportFileError("empty", "geojson");
  return { format: "geojson", features, fields, prj: null, cpgEncoding: null, encoded: false, namedCrs: namedCrs(json) };
}

/** The box of every position of the features, in the file's numbers. */
export function rawBounds(features: readonly RawFeature[]): [number, number, number, number] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const x = c[0];
      const y = c[1] as number;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      return;
    }
    for (const p of c) visit(p);
  };
  for (const f of features) if (f.geometry) visit(f.geometry.coordinates);
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/** Reads a file by its name's extension and says what was found. */
export async function readImportFile(fileName: string, bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadOutcome> {
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) throw new ImportFileError("too_large", String(MAX_IMPORT_FILE_BYTES));
  if (bytes.byteLength === 0) throw new ImportFileError("empty", null);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  let result: ReadResult;
  let geoJsonCrs: string | null = null;
  switch (ext) {
    case "zip":
      result = await readShapefileZip(bytes, checkpoint);
      break;
    case "shp":
    case "dbf":
      throw new ImportFileError("missing_part", ext === "shp" ? "dbf" : "shp");
    case "kml":
      result = await readKmlText(new TextDecoder().decode(bytes), "kml", checkpoint);
      break;
    case "kmz":
      result = await readKmz(bytes, checkpoint);
      break;
    case "dxf":
      result = await readDxf(bytes, checkpoint);
      break;
    case "geojson":
    case "json": {
      const g = await readGeoJson(bytes, checkpoint);
      geoJsonCrs = g.namedCrs;
      result = g;
      break;
    }
    case "csv":
    case "txt":
      result = await readCsv(bytes, checkpoint);
      break;
    default:
      throw new ImportFileError("unsupported", ext || null);
  }
  const prjReading = result.prj ? readPrj(result.prj) : null;
  const wgs84Format = result.format === "kml" || result.format === "kmz" || (result.format === "geojson" && geoJsonCrs === null);
  const crsFromFile = prjReading?.crs ?? (wgs84Format ? { kind: "wgs84" as const } : null);
  const crsNote = prjReading?.note ?? (wgs84Format ? "format_wgs84" : geoJsonCrs ? "prj_unknown" : "none");
  const bounds = rawBounds(result.features);
  const encodings = result.encoded ? encodingCandidates(result.features, result.cpgEncoding) : null;
  const summary: ReadSummary = {
    format: result.format,
    fileName,
    rowCount: result.features.length,
    fields: result.fields,
    prj: result.prj ?? geoJsonCrs,
    crsFromFile,
    crsNote,
    encodings: encodings?.candidates ?? null,
    assumedEncoding: encodings?.assumed ?? null,
    axisSwapSuspected: axisSwapSuspected(bounds),
    rawBounds: bounds,
  };
  return { result, summary };
}
