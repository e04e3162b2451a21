// What the worker checks rows against (the province outline, the project's shape) and what the
// preview draws of a check's result, from the page's data.

import type { Boundary } from "@/data/boundaries-query";
import type { Project } from "@/data/projects-query";
import type { AnyGeometry, ConvertResult, ImportProblem, ProjectShape } from "@/domain/import-types";
import type { LonLatBox } from "@/geo/geometry";
import { polygonsOf } from "@/geo/geometry";
import type { PreviewRow } from "@/map/preview-map";
import { previewBox } from "@/map/preview-map-shapes";

/** The province's outline as one geometry (its parts merged), for outside_province. */
export function provinceGeometry(province: readonly Boundary[]): AnyGeometry {
  const parts = province.flatMap((b) => polygonsOf(b.geometry));
  return parts.length === 1 ? { type: "Polygon", coordinates: parts[0]! } : { type: "MultiPolygon", coordinates: parts };
}

/** The project's outline or centre line, with its corridor width, or null when it has none. */
export function projectShapeOf(project: Project | null): ProjectShape | null {
  if (!project?.geometry) return null;
  return { geometry: project.geometry, corridorWidthM: project.corridorWidthM };
}

/** True for a road project whose centre line and corridor width are known ("only parcels in the corridor"). */
export function hasCorridor(project: Project | null): boolean {
  const type = project?.geometry?.type;
  return (type === "LineString" || type === "MultiLineString") && (project?.corridorWidthM ?? 0) > 0;
}

/** A geometry is drawn only where its numbers are longitudes and latitudes (a wrong CRS gives others). */
function drawable(geometry: AnyGeometry): boolean {
  const box = previewBox([geometry]);
  return box !== null && box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90;
}

/** Each row's WGS84 geometry, by row number. */
export function rowGeometries(result: ConvertResult): Map<number, AnyGeometry> {
  const byRow = new Map<number, AnyGeometry>();
  if (result.layer === "project_geometry") {
    if (result.geometry) byRow.set(1, result.geometry.geom);
  } else {
    for (const r of result.rows) byRow.set(r.row, r.geom);
  }
  return byRow;
}

/** The rows the preview draws: red where any problem names them. */
export function previewRows(geometries: ReadonlyMap<number, AnyGeometry>, badRows: ReadonlySet<number>): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (const [row, geometry] of geometries) {
    if (drawable(geometry)) rows.push({ row, geometry: geometry, bad: badRows.has(row) });
  }
  return rows;
}

/** Where the map goes to show a problem: around its place, else around its row. */
export function problemBox(problem: Pick<ImportProblem, "row" | "at">, geometries: ReadonlyMap<number, AnyGeometry>): LonLatBox | null {
  const geometry = geometries.get(problem.row);
  const rowBox = geometry && drawable(geometry) ? previewBox([geometry]) : null;
  if (rowBox) return rowBox;
  if (problem.at) {
    const [lon, lat] = problem.at;
    const d = 0.0005;
    return [lon - d, lat - d, lon + d, lat + d];
  }
  return null;
}
