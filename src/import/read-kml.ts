// KML and KMZ through @tmcw/togeojson on @xmldom/xmldom (a worker has no DOMParser). KML is
// WGS84 longitude/latitude by definition; a KMZ is a zip holding doc.kml (or another .kml).

import { DOMParser } from "@xmldom/xmldom";
import { kml } from "@tmcw/togeojson";
import { ImportFileError } from "@/import/import-errors";
import { featuresOfGeoJson } from "@/import/read-geojson";
import { unzipFiles } from "@/import/read-shapefile";
import type { Checkpoint, ReadResult } from "@/import/raw-feature";

/** Reads KML text. */
export async function readKmlText(text: string, format: "kml" | "kmz", checkpoint: Checkpoint): Promise<ReadResult> {
  let doc: Document;
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } })
      .parseFromString(text, "text/xml") as unknown as Document;
  } catch {
    throw new ImportFileError("malformed", "kml_xml");
  }
  if (!doc.documentElement || doc.documentElement.nodeName.replace(/^.*:/, "") !== "kml") {
    throw new ImportFileError("malformed", "kml_root");
  }
  await checkpoint(0, null);
  const collection = kml(doc);
  const { features, fields } = featuresOfGeoJson(collection);
  if (features.length === 0) throw new ImportFileError("empty", "kml");
  await checkpoint(features.length, features.length);
  return { format, features, fields, prj: null, cpgEncoding: null, encoded: false };
}

/** Reads a KMZ: its doc.kml, else its first .kml. */
export async function readKmz(bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadResult> {
  const files = unzipFiles(bytes, "kmz");
  const name = files.has("doc.kml") ? "doc.kml" : [...files.keys()].filter((n) => n.endsWith(".kml")).sort()[0];
  if (!name) throw new ImportFileError("missing_part", "doc.kml");
  return readKmlText(new TextDecoder().decode(files.get(name)), "kmz", checkpoint);
}
