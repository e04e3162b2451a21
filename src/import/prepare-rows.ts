// The first step of every layer's conversion: each feature's attributes decoded in the chosen
// encoding and its geometry converted to WGS84, with its validity, point on surface, area and box.

import type { LonLat } from "@/geo/geometry";
import { drawnArea } from "@/geo/drawn-area";
import { pointOnSurface } from "@/geo/point-on-surface";
import { partsOf } from "@/geo/polygon-validity";
import { toWgs84 } from "@/import/crs";
import { convertGeometry, extendBox } from "@/import/convert-geometry";
import { decodeAttributes } from "@/import/encodings";
import type { AnyGeometry, ConvertOptions } from "@/domain/import-types";
import type { PhaseCheckpoint, ReadResult } from "@/import/raw-feature";
import { shapeProblem } from "@/import/validate-shape";
import type { ShapeProblem } from "@/import/validate-shape";

/** One feature ready for a layer's rules. */
export interface PreparedRow {
  readonly row: number;
  readonly attributes: Readonly<Record<string, string | number | null>>;
  /** WGS84, or null when the feature had no geometry. */
  readonly geom: AnyGeometry | null;
  readonly source: AnyGeometry | null;
  /** Polygon validity (null: valid polygon; only computed when `polygons` was asked). */
  readonly shape: ShapeProblem | null;
  readonly pos: LonLat | null;
  /** The drawn area (m², src/geo/drawn-area.ts) of a valid polygon, else null. */
  readonly area: number | null;
  readonly box: [number, number, number, number] | null;
}

const CHUNK = 500;

/** The converted geometry; one whose nesting is not arrays of positions is kept as it is, for the rules to refuse. */
function safeConvert(g: AnyGeometry, to: ReturnType<typeof toWgs84>, swap: boolean): AnyGeometry {
  try {
    return convertGeometry(g, to, swap);
  } catch {
    return g;
  }
}

/** Decodes, converts and checks every feature; `polygons` false skips the polygon rules (lines). */
export async function prepareRows(
  read: ReadResult,
  options: ConvertOptions,
  checkpoint: PhaseCheckpoint,
  polygons: boolean,
): Promise<PreparedRow[]> {
  const to = toWgs84(options.crs);
  const encoding = read.encoded ? (options.encoding ?? "utf-8") : null;
  const total = read.features.length;
  const out: PreparedRow[] = [];
  await checkpoint("convert", 0, total);
  for (let i = 0; i < total; i++) {
    const f = read.features[i]!;
    const geom = f.geometry ? safeConvert(f.geometry, to, options.axisSwapped) : null;
    const isPolygon = geom !== null && partsOf(geom) !== null;
    const shape = polygons || isPolygon ? shapeProblem(geom) : null;
    const valid = isPolygon && shape === null;
    let box: [number, number, number, number] | null = null;
    if (geom) {
      box = [Infinity, Infinity, -Infinity, -Infinity];
      extendBox(box, geom);
      if (!(box[0] <= box[2])) box = null;
    }
    out.push({
      row: f.row,
      attributes: decodeAttributes(f.attributes, encoding),
      geom,
      source: f.geometry,
      shape,
      pos: valid ? pointOnSurface(geom as Parameters<typeof pointOnSurface>[0]) : null,
      area: valid ? drawnArea(geom as Parameters<typeof drawnArea>[0]) : null,
      box,
    });
    if ((i + 1) % CHUNK === 0) await checkpoint("convert", i + 1, total);
  }
  await checkpoint("convert", total, total);
  return out;
}

/** The box around all rows, or null. */
export function boundsOf(rows: readonly PreparedRow[]): [number, number, number, number] | null {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rows) {
    if (!r.box) continue;
    b[0] = Math.min(b[0], r.box[0]);
    b[1] = Math.min(b[1], r.box[1]);
    b[2] = Math.max(b[2], r.box[2]);
    b[3] = Math.max(b[3], r.box[3]);
  }
  return b[0] <= b[2] ? b : null;
}
