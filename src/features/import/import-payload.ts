// What goes to the import RPCs: the run's record (ImportMeta), the dry-run flag, and the rows the
// worker made (unchanged: they are already in the RPCs' shape), less the rows left out.

import type { ImportRpcPayload } from "@/data/import-rpc";
import type {
  ConvertResult, CrsChoice, FieldMapping, ImportMeta, ReadSummary, TextEncoding,
} from "@/domain/import-types";
import type { LonLatBox } from "@/geo/geometry";
import { crsProj4, crsRecordName } from "@/features/import/import-crs";
import { previewBox } from "@/map/preview-map-shapes";
import type { PreviewGeometry } from "@/map/preview-map-shapes";

/** The choices the run records. */
export interface ImportChoices {
  readonly summary: ReadSummary;
  readonly crs: CrsChoice;
  readonly axisSwapped: boolean;
  readonly encoding: TextEncoding | null;
  readonly mapping: FieldMapping;
}

/** The run's record of these choices. */
export function importMeta(choices: ImportChoices): ImportMeta {
  return {
    file_name: choices.summary.fileName,
    format: choices.summary.format,
    crs: crsRecordName(choices.crs),
    crs_proj4: crsProj4(choices.crs),
    axis_swapped: choices.axisSwapped,
    encoding: choices.summary.encodings === null ? null : choices.encoding,
    mapping: choices.mapping,
  };
}

/** How many rows a send carries. */
export function rowsSent(result: ConvertResult, leftOut: ReadonlySet<number>): number {
  if (result.layer === "project_geometry") return result.geometry ? 1 : 0;
  return result.rows.filter((r) => !leftOut.has(r.row)).length;
}

/** The payload of a dry run or commit of `result` into `projectId`, without the rows in `leftOut`. */
export function importPayload(
  result: ConvertResult, choices: ImportChoices, projectId: string | null, dryRun: boolean, leftOut: ReadonlySet<number>,
): ImportRpcPayload {
  const meta = { ...importMeta(choices), dry_run: dryRun };
  if (result.layer === "project_geometry") {
    return { ...meta, project_id: projectId, geom: result.geometry?.geom ?? null, source_geom: result.geometry?.source_geom ?? null };
  }
  const rows = result.rows.filter((r) => !leftOut.has(r.row));
  return result.layer === "parcels" ? { ...meta, project_id: projectId, rows } : { ...meta, rows };
}

/** The box of what was sent, for the link to the map. */
export function sentBox(result: ConvertResult, leftOut: ReadonlySet<number>): LonLatBox | null {
  if (result.layer === "project_geometry") return result.geometry ? previewBox([result.geometry.geom]) : null;
  const rows: { row: number; geom: unknown }[] = [...result.rows];
  return previewBox(rows.filter((r) => !leftOut.has(r.row)).map((r) => r.geom as PreviewGeometry));
}

/**
 * The map's view ("lat,lng,zoom") showing `box`: zoomed in far enough for parcels to be drawn
 * (from zoom 15) when `parcels`, else to the box as a whole.
 */
export function mapViewOf(box: LonLatBox, parcels: boolean): string {
  const span = Math.max(box[2] - box[0], (box[3] - box[1]) * 1.2, 1e-6);
  // about 900 px of map showing the box with a margin: 256 · 2^z px span 360°
  const fit = Math.floor(Math.log2((900 * 360) / (256 * span * 1.4)));
  const zoom = Math.min(18, Math.max(parcels ? 15 : 10, fit));
  const lat = (box[1] + box[3]) / 2;
  const lng = (box[0] + box[2]) / 2;
  return `${lat.toFixed(5)},${lng.toFixed(5)},${zoom}`;
}
