// Positions from the file's numbers to WGS84: axis swap first (X = northing, Y = easting in
// Vietnamese surveys), then the chosen CRS; Z and M dropped; polygon rings wound as RFC 7946 asks
// (outer counter-clockwise, holes clockwise), since a swap mirrors them.

import { ringSignedArea } from "@/geo/geometry";
import type { ToWgs84 } from "@/import/crs";
import type { AnyGeometry } from "@/domain/import-types";

type Pos = readonly number[];

/** A coordinate as a number; anything else (a string in a GeoJSON file…) becomes NaN, so the row is refused. */
function num(v: unknown): number {
  return typeof v === "number" ? v : NaN;
}

function ring(r: readonly Pos[], to: ToWgs84, swap: boolean, outer: boolean): number[][] {
  const out = r.map((p) => {
    const x = num(p[0]);
    const y = num(p[1]);
    return Number.isFinite(x) && Number.isFinite(y) ? to(swap ? y : x, swap ? x : y) : [NaN, NaN];
  });
  const ccw = ringSignedArea(out) > 0;
  return ccw === outer ? out : out.reverse();
}

function line(l: readonly Pos[], to: ToWgs84, swap: boolean): number[][] {
  return l.map((p) => to(swap ? num(p[1]) : num(p[0]), swap ? num(p[0]) : num(p[1])));
}

/** The geometry in WGS84 [lon, lat]. */
export function convertGeometry(g: AnyGeometry, to: ToWgs84, swap: boolean): AnyGeometry {
  switch (g.type) {
    case "Point":
      return { type: "Point", coordinates: to(swap ? num(g.coordinates[1]) : num(g.coordinates[0]), swap ? num(g.coordinates[0]) : num(g.coordinates[1])) };
    case "LineString":
      return { type: "LineString", coordinates: line(g.coordinates, to, swap) };
    case "MultiLineString":
      return { type: "MultiLineString", coordinates: g.coordinates.map((l) => line(l, to, swap)) };
    case "Polygon":
      return { type: "Polygon", coordinates: g.coordinates.map((r, i) => ring(r, to, swap, i === 0)) };
    case "MultiPolygon":
      return { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map((r, i) => ring(r, to, swap, i === 0))) };
  }
}

/** The box of a converted geometry's finite positions. */
export function extendBox(box: [number, number, number, number], g: AnyGeometry): void {
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const [x, y] = c as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
      return;
    }
    for (const p of c) visit(p);
  };
  visit(g.coordinates);
}
