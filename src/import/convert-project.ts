// A project's outline or centre line: all features of the file merged into one MultiPolygon (or
// Polygon) or one MultiLineString (or LineString), refused when the file mixes the two, when a
// polygon breaks the validity rules, when a line has fewer than 2 distinct positions, or when the
// shape lies outside the province.

import { pointOnSurface } from "@/geo/point-on-surface";
import { polygonFault } from "@/geo/polygon-validity";
import type { AnyGeometry, ConvertOptions, ConvertResult, ImportProblem } from "@/domain/import-types";
import { insideArea } from "@/import/outside";
import { boundsOf, prepareRows } from "@/import/prepare-rows";
import type { PhaseCheckpoint, ReadResult } from "@/import/raw-feature";

type Pos = readonly number[];

function merge(geoms: readonly AnyGeometry[], kind: "polygon" | "line"): AnyGeometry | null {
  if (kind === "polygon") {
    const polys = geoms.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []));
    return polys.length === 0 ? null : polys.length === 1 ? { type: "Polygon", coordinates: polys[0]! } : { type: "MultiPolygon", coordinates: polys };
  }
  const lines = geoms.flatMap((g) => (g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : []));
  return lines.length === 0 ? null : lines.length === 1 ? { type: "LineString", coordinates: lines[0]! } : { type: "MultiLineString", coordinates: lines };
}

function distinct(line: readonly Pos[]): number {
  return new Set(line.map((p) => `${p[0]},${p[1]}`)).size;
}

/** Converts and checks a project's geometry file. */
export async function convertProject(read: ReadResult, options: ConvertOptions, checkpoint: PhaseCheckpoint): Promise<ConvertResult> {
  const prepared = await prepareRows(read, options, checkpoint, false);
  await checkpoint("validate", 0, prepared.length);
  const problems: ImportProblem[] = [];
  const isPolygon = (g: AnyGeometry | null) => g?.type === "Polygon" || g?.type === "MultiPolygon";
  const isLine = (g: AnyGeometry | null) => g?.type === "LineString" || g?.type === "MultiLineString";
  const polygonRows = prepared.filter((r) => isPolygon(r.geom));
  const lineRows = prepared.filter((r) => isLine(r.geom));
  const kind = polygonRows.length >= lineRows.length ? "polygon" : "line";
  for (const r of prepared) {
    if (!r.geom) problems.push({ row: r.row, code: "geometry_missing", at: null });
    else if (kind === "polygon" ? !isPolygon(r.geom) : !isLine(r.geom)) problems.push({ row: r.row, code: "geometry_type", at: null });
    else if (kind === "polygon" && r.shape) problems.push({ row: r.row, code: r.shape.code, at: r.shape.at, detail: r.shape.detail });
    else if (r.geom.type === "LineString" || r.geom.type === "MultiLineString") {
      const lines = r.geom.type === "LineString" ? [r.geom.coordinates] : r.geom.coordinates;
      if (lines.some((l) => l.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90))) {
        problems.push({ row: r.row, code: "coordinates_invalid", at: null });
      } else if (lines.some((l) => distinct(l) < 2)) problems.push({ row: r.row, code: "ring_too_short", at: null, detail: "line" });
    }
  }
  const chosen = (kind === "polygon" ? polygonRows : lineRows);
  const geom = merge(chosen.map((r) => r.geom!), kind);
  const source = merge(chosen.map((r) => r.source!).filter((g) => g !== null), kind);
  if (geom && problems.length === 0) {
    const first = chosen[0]!.row;
    if (kind === "polygon" && polygonFault(geom) === null) {
      const pos = pointOnSurface(geom as Parameters<typeof pointOnSurface>[0]);
      if (pos && !insideArea(pos, options.province)) problems.push({ row: first, code: "outside_province", at: pos });
    } else if (kind === "line") {
      const lines = geom.type === "LineString" ? [geom.coordinates] : geom.type === "MultiLineString" ? geom.coordinates : [];
      const inside = lines.some((l) => l.some((p) => insideArea([p[0]!, p[1]!], options.province)));
      if (!inside) problems.push({ row: first, code: "outside_province", at: [lines[0]![0]![0]!, lines[0]![0]![1]!] });
    }
  }
  if (!geom && prepared.length > 0 && problems.length === 0) problems.push({ row: 1, code: "geometry_missing", at: null });
  await checkpoint("validate", prepared.length, prepared.length);
  return {
    layer: "project_geometry",
    geometry: geom && source ? { geom, source_geom: source } : null,
    problems,
    bounds: boundsOf(chosen),
  };
}
