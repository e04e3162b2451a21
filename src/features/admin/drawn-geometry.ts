// The vertices drawn on the admin's draw map, as the GeoJSON the project keeps, and back; and the
// checks worth making before the database makes them again (enough vertices, no crossing edges).

import type { LonLat, ProjectGeometry } from "@/geo/geometry";
import { segmentsIntersect } from "@/geo/geometry";

/** What is being drawn: an outline (closed polygon) or a road's centre line. */
export type DrawMode = "polygon" | "line";

/** The problem with drawn vertices, if any. */
export type DrawProblem = "too_few_vertices" | "self_intersection";

/** The geometry of the vertices (a polygon's ring is closed here), or null if there are too few. */
export function geometryOfVertices(mode: DrawMode, vertices: readonly LonLat[]): ProjectGeometry | null {
  if (mode === "line") {
    return vertices.length >= 2 ? { type: "LineString", coordinates: vertices.map((v) => [v[0], v[1]]) } : null;
  }
  if (vertices.length < 3) return null;
  const ring = vertices.map((v) => [v[0], v[1]]);
  ring.push([vertices[0]![0], vertices[0]![1]]);
  return { type: "Polygon", coordinates: [ring] };
}

/** The drawable vertices of a stored geometry (its first polygon's outer ring, or first line), and the mode. */
export function verticesOfGeometry(geometry: ProjectGeometry | null): { mode: DrawMode; vertices: LonLat[] } | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case "Polygon":
      return { mode: "polygon", vertices: openRing(geometry.coordinates[0] ?? []) };
    case "MultiPolygon":
      return { mode: "polygon", vertices: openRing(geometry.coordinates[0]?.[0] ?? []) };
    case "LineString":
      return { mode: "line", vertices: geometry.coordinates.map(toLonLat) };
    case "MultiLineString":
      return { mode: "line", vertices: (geometry.coordinates[0] ?? []).map(toLonLat) };
  }
}

function toLonLat(p: readonly number[]): LonLat {
  return [p[0]!, p[1]!];
}

function openRing(ring: readonly (readonly number[])[]): LonLat[] {
  const points = ring.map(toLonLat);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

/** True when a stored geometry has more than one part (drawing again would keep only the first). */
export function hasSeveralParts(geometry: ProjectGeometry | null): boolean {
  if (!geometry) return false;
  if (geometry.type === "MultiPolygon" || geometry.type === "MultiLineString") return geometry.coordinates.length > 1;
  return geometry.type === "Polygon" && geometry.coordinates.length > 1;
}

/** What is wrong with the drawn vertices, or null. Two non-adjacent edges that touch count as crossing. */
export function drawProblem(mode: DrawMode, vertices: readonly LonLat[]): DrawProblem | null {
  if (vertices.length < (mode === "polygon" ? 3 : 2)) return "too_few_vertices";
  const points = mode === "polygon" ? [...vertices, vertices[0]!] : [...vertices];
  const edges = points.length - 1;
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      // the first and last edge of a ring share a vertex
      if (mode === "polygon" && i === 0 && j === edges - 1) continue;
      if (segmentsIntersect(points[i]!, points[i + 1]!, points[j]!, points[j + 1]!)) return "self_intersection";
    }
  }
  return null;
}
