// Where a row lies against the province and the project (contract of issue #14): by its point on
// surface, or for a road's corridor by its vertices' distance to the centre line (metres in a
// local equirectangular projection) or the line crossing it.

import { pointInPolygon } from "@/geo/geometry";
import type { LonLat, PolygonGeometry } from "@/geo/geometry";
import { partsOf } from "@/geo/polygon-validity";
import { ringLocation, segmentIntersection } from "@/geo/segment-tests";
import type { AnyGeometry, ProjectShape } from "@/domain/import-types";

const EARTH_RADIUS = 6378137;
const RAD = Math.PI / 180;

/** True when the point is inside the polygon geometry (edges count as inside). */
export function insideArea(point: LonLat, area: AnyGeometry): boolean {
  if (area.type !== "Polygon" && area.type !== "MultiPolygon") return false;
  return pointInPolygon(point, area as unknown as PolygonGeometry);
}

function linesOf(g: AnyGeometry): readonly (readonly (readonly number[])[])[] {
  return g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : [];
}

/** Distance in metres from p to segment a–b, all in the local projection. */
function segmentDistance(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** True when some vertex of the polygon is within halfWidthM of the line, or the line meets the polygon. */
export function nearLine(polygon: AnyGeometry, line: AnyGeometry, halfWidthM: number, lat0: number): boolean {
  const parts = partsOf(polygon);
  if (!parts) return false;
  const k = Math.cos(lat0 * RAD) * EARTH_RADIUS * RAD;
  const m = EARTH_RADIUS * RAD;
  const local = (p: readonly number[]) => [(p[0] as number) * k, (p[1] as number) * m] as const;
  const lines = linesOf(line).map((l) => l.map(local));
  for (const rings of parts) {
    for (const ring of rings) {
      for (const p of ring) {
        const q = local(p);
        for (const l of lines) {
          for (let i = 1; i < l.length; i++) if (segmentDistance(q, l[i - 1]!, l[i]!) <= halfWidthM) return true;
        }
      }
    }
  }
  for (const l of linesOf(line)) {
    for (let i = 1; i < l.length; i++) {
      for (const rings of parts) {
        if (rings[0] && ringLocation(l[i]!, rings[0]) >= 0) return true;
        for (const ring of rings) {
          for (let j = 1; j < ring.length; j++) if (segmentIntersection(l[i - 1]!, l[i]!, ring[j - 1]!, ring[j]!)) return true;
        }
      }
    }
  }
  return false;
}

/** True when a polygon row lies in the project: point on surface in its outline, or near its centre line. */
export function inProject(polygon: AnyGeometry, pos: LonLat, project: ProjectShape): boolean {
  const g = project.geometry;
  if (g.type === "Polygon" || g.type === "MultiPolygon") return insideArea(pos, g);
  if (g.type === "LineString" || g.type === "MultiLineString") {
    return nearLine(polygon, g, (project.corridorWidthM ?? 0) / 2, pos[1]);
  }
  return true;
}
