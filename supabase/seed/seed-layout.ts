// Drawing the demo: project outlines placed inside their districts without overlapping, road
// corridors, and field-strip parcels (rectangles of varying width with a little jitter) inside them.

import buffer from "@turf/buffer";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import {
  boundsMeet, boundsOf, closeRing, convexHull, pointInPolygon, project, ringInsideMulti, ringInsidePolygon,
  ringsOverlap, signedArea, toMicro, unproject,
  type Bounds, type LonLat, type PolygonRings, type Ring, type Xy,
} from "./seed-geometry";
import type { ParcelClass } from "./seed-catalog";
import type { Random } from "./seed-random";

/** A drawn parcel before numbering and stages: its quad in micro-degrees and the area of its field cell. */
export interface DrawnParcel {
  /** Closed ring of 5 positions, counter-clockwise, in whole micro-degrees. */
  ring: [number, number][];
  /** Planar area (m²) of the field cell the parcel was cut from, bunds included. */
  cellAreaM2: number;
  /** Position in the project frame (metres): along the fields (u) and across (v), or chainage for roads. */
  u: number;
  v: number;
}

interface RowSizes {
  depth: [number, number];
  width: [number, number];
  /** A field path or ditch between every pair of rows (metres). */
  pathM: number;
}

const SIZES: Record<Exclude<ParcelClass, "road">, RowSizes> = {
  park: { depth: [86, 100], width: [46, 60], pathM: 5 },
  cluster: { depth: [64, 84], width: [34, 54], pathM: 4 },
  small: { depth: [44, 62], width: [20, 38], pathM: 4 },
};
const MIN_CELL_M2 = 560;
const MAX_CELL_M2 = 4950;
/** Corners move inward by this much (metres) on each axis: the bund between neighbouring fields. */
const JITTER: [number, number] = [0.1, 0.45];

/** A frame: origin in local metres and the direction of its u axis. */
interface Frame {
  origin: Xy;
  angle: number;
}

function toLocal(f: Frame, [u, v]: Xy): Xy {
  const c = Math.cos(f.angle);
  const s = Math.sin(f.angle);
  return [f.origin[0] + u * c - v * s, f.origin[1] + u * s + v * c];
}

function microRing(points: Xy[]): [number, number][] {
  return closeRing(points.map((p) => toMicro(unproject(p))));
}

/** Micro-degrees to degrees. */
export function fromMicro(ring: readonly (readonly [number, number])[]): LonLat[] {
  return ring.map(([x, y]) => [x / 1e6, y / 1e6]);
}

/** A field cell [u0,u1]×[v0,v1] shrunk by a random bund, as a counter-clockwise quad in frame coordinates. */
function cellQuad(rng: Random, u0: number, u1: number, v0: number, v1: number): Xy[] {
  const j = () => rng.range(JITTER[0], JITTER[1]);
  return [[u0 + j(), v0 + j()], [u1 - j(), v0 + j()], [u1 - j(), v1 - j()], [u0 + j(), v1 - j()]];
}

/** Field widths along a row from u0 to u1, each cell between MIN_CELL_M2 and MAX_CELL_M2 at this depth. */
function rowWidths(rng: Random, length: number, depth: number, width: [number, number]): number[] {
  const lo = Math.max(width[0], MIN_CELL_M2 / depth);
  const hi = Math.min(width[1], MAX_CELL_M2 / depth);
  const out: number[] = [];
  let used = 0;
  while (used < length) {
    const w = rng.range(lo, hi);
    out.push(w);
    used += w;
  }
  return out;
}

// ---------------------------------------------------------------- outlines

/** An irregular convex outline of unit-ish size in its own frame (metres), counter-clockwise. */
export function unitOutline(rng: Random): Ring<Xy> {
  const n = rng.int(7, 10);
  const aspect = rng.range(1.15, 1.7);
  const pts: Xy[] = [];
  for (let i = 0; i < n; i++) {
    const t = ((i + rng.range(-0.3, 0.3)) / n) * 2 * Math.PI;
    const r = rng.range(0.85, 1.15);
    pts.push([Math.cos(t) * aspect * r, Math.sin(t) * r]);
  }
  return convexHull(pts);
}

function scaleRing(ring: Ring<Xy>, k: number): Ring<Xy> {
  return ring.map(([x, y]) => [x * k, y * k]);
}

/** Fills a convex outline (frame coordinates) with field strips, in row order. */
function fillOutline(rng: Random, outline: Ring<Xy>, sizes: RowSizes): { quad: Xy[]; cell: number; u: number; v: number }[] {
  const [minU, minV, maxU, maxV] = boundsOf(outline);
  const out: { quad: Xy[]; cell: number; u: number; v: number }[] = [];
  let v = minV + rng.range(0, 10);
  let row = 0;
  while (v < maxV) {
    const depth = rng.range(sizes.depth[0], sizes.depth[1]);
    const start = minU - rng.range(0, 30);
    let u = start;
    for (const w of rowWidths(rng, maxU - start, depth, sizes.width)) {
      const quad = cellQuad(rng, u, u + w, v, v + depth);
      if (quad.every((p) => pointInPolygon(p, [outline]))) {
        out.push({ quad, cell: w * depth, u: u + w / 2, v: v + depth / 2 });
      }
      u += w;
    }
    v += depth + (row % 2 === 1 ? sizes.pathM : 0);
    row++;
  }
  return out;
}

/** The outline scale at which the drawn cells first reach the target area (m²). */
function fitOutline(label: Random, unit: Ring<Xy>, sizes: RowSizes, targetM2: number): number {
  let k = Math.sqrt(targetM2 / 0.8 / signedArea(unit));
  for (let i = 0; i < 8; i++) {
    const sum = fillOutline(label.fork("fill"), scaleRing(unit, k), sizes).reduce((s, c) => s + c.cell, 0);
    if (sum >= targetM2 && sum <= targetM2 * 1.03) break;
    k *= Math.sqrt((targetM2 * 1.012) / sum);
  }
  for (let i = 0; i < 20; i++) {
    const sum = fillOutline(label.fork("fill"), scaleRing(unit, k), sizes).reduce((s, c) => s + c.cell, 0);
    if (sum >= targetM2) break;
    k *= 1.005;
  }
  return k;
}

/** Something already on the map that new outlines must keep clear of. */
export interface KeepOut {
  ring: Ring;
  bounds: Bounds;
}

export function keepOut(ring: Ring): KeepOut {
  return { ring, bounds: boundsOf(ring) };
}

function clearOf(ring: Ring, keepOuts: readonly KeepOut[]): boolean {
  const b = boundsOf(ring);
  return keepOuts.every((k) => !boundsMeet(b, k.bounds) || !ringsOverlap(ring, k.ring));
}

/** A placed outline and the parcels drawn inside it. */
export interface PlacedOutline {
  /** The outline in micro-degrees (closed, counter-clockwise). */
  outline: [number, number][];
  parcels: DrawnParcel[];
}

/** Draws an outline of about `targetM2` of fields inside the district, clear of everything placed so far,
 * and fills it. Tries random spots and keeps the one farthest from other projects in the district. */
export function placeOutline(
  rng: Random, district: PolygonRings[], others: readonly KeepOut[], sizeClass: Exclude<ParcelClass, "road">,
  targetM2: number, marginM: number,
): PlacedOutline {
  const sizes = SIZES[sizeClass];
  const unit = unitOutline(rng.fork("shape"));
  const k = fitOutline(rng.fork("fit"), unit, sizes, targetM2);
  const shape = scaleRing(unit, k);
  // the hull scaled about its centre so that it grows by at least marginM everywhere
  const inner = Math.min(...shape.slice(0, -1).map((p, i) => edgeDistance([0, 0], p, shape[i + 1]!)));
  const grown = scaleRing(shape, 1 + marginM / inner);
  const dBounds = boundsOf(district.flatMap((p) => p[0]!).map(project));
  const place = rng.fork("place");
  let best: { frame: Frame; score: number } | null = null;
  let found = 0;
  for (let attempt = 0; attempt < 4000 && found < 8; attempt++) {
    const origin: Xy = [place.range(dBounds[0], dBounds[2]), place.range(dBounds[1], dBounds[3])];
    const frame: Frame = { origin, angle: place.range(0, Math.PI) };
    const ring = grown.map((p) => unproject(toLocal(frame, p)));
    if (!ringInsideMulti(ring, district) || !clearOf(ring, others)) continue;
    found++;
    const score = Math.min(1e9, ...others.map((o) => {
      const c = project([(o.bounds[0] + o.bounds[2]) / 2, (o.bounds[1] + o.bounds[3]) / 2]);
      return Math.hypot(c[0] - origin[0], c[1] - origin[1]);
    }));
    if (!best || score > best.score) best = { frame, score };
  }
  if (!best) throw new Error(`no room for an outline of ${Math.round(targetM2 / 1e4)} ha`);
  const frame = best.frame;
  const outline = microRing(shape.slice(0, -1).map((p) => toLocal(frame, p)));
  const outlineDeg = fromMicro(outline);
  const parcels: DrawnParcel[] = [];
  for (const c of fillOutline(rng.fork("fit").fork("fill"), shape, sizes)) {
    const ring = microRing(c.quad.map((p) => toLocal(frame, p)));
    if (!ringInsidePolygon(fromMicro(ring), [outlineDeg])) continue;
    parcels.push({ ring, cellAreaM2: c.cell, u: c.u, v: c.v });
  }
  return { outline, parcels };
}

function edgeDistance(p: Xy, a: Xy, b: Xy): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

// ---------------------------------------------------------------- corridors

/** The corridor of a centre line: the turf buffer by half the right-of-way width. */
export function corridorPolygon(line: readonly LonLat[], halfWidthM: number): Ring {
  const f = buffer({ type: "LineString", coordinates: line.map((p) => [...p]) }, halfWidthM, { units: "meters" }) as
    Feature<Polygon | MultiPolygon> | undefined;
  if (!f || f.geometry.type !== "Polygon") throw new Error("corridor buffer is not a single polygon");
  return f.geometry.coordinates[0] as Ring;
}

/** Rows across a corridor: boundaries in metres from the centre line, from -half to +half. */
function corridorRows(rng: Random, half: number, rows: number): number[] {
  const cuts = [-half];
  for (let i = 1; i < rows; i++) cuts.push(-half + (2 * half * i) / rows + rng.range(-4, 4));
  cuts.push(half);
  return cuts;
}

/** Fills a corridor with field strips segment by segment; keeps parcels inside the corridor, inside one
 * district and clear of each other. `u` of each parcel is its chainage (metres from the line's start). */
export function fillCorridor(
  rng: Random, line: readonly LonLat[], halfWidthM: number, rows: number, width: [number, number],
  districts: readonly { code: string; polygons: PolygonRings[] }[],
): (DrawnParcel & { district: string })[] {
  const corridor = corridorPolygon(line, halfWidthM);
  const usable = halfWidthM - 0.4;
  const index = new Map<string, Ring[]>();
  const cellKey = (x: number, y: number) => `${Math.floor(x / 200)}:${Math.floor(y / 200)}`;
  const out: (DrawnParcel & { district: string })[] = [];
  let chainage = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = project(line[i]!);
    const b = project(line[i + 1]!);
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const frame: Frame = { origin: a, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) };
    const cuts = corridorRows(rng, usable, rows);
    for (let r = 0; r + 1 < cuts.length; r++) {
      const v0 = cuts[r]!;
      const v1 = cuts[r + 1]!;
      let u = -rng.range(0, 20);
      for (const w of rowWidths(rng, len - u, v1 - v0, width)) {
        const quad = cellQuad(rng, u, u + w, v0, v1).map((p) => toLocal(frame, p));
        const centre = u + w / 2;
        u += w;
        const ring = microRing(quad);
        const deg = fromMicro(ring);
        if (!ringInsidePolygon(deg, [corridor])) continue;
        const local = deg.map(project);
        const keys = new Set<string>();
        const [x0, y0, x1, y1] = boundsOf(local);
        for (const x of [x0, x1]) for (const y of [y0, y1]) keys.add(cellKey(x, y));
        const near = [...keys].flatMap((key) => index.get(key) ?? []);
        if (near.some((q) => ringsOverlap(q, local))) continue;
        const district = districts.find((d) => ringInsideMulti(deg, d.polygons));
        if (!district) continue;
        for (const key of keys) index.set(key, [...(index.get(key) ?? []), local]);
        out.push({ ring, cellAreaM2: w * (v1 - v0), u: chainage + centre, v: (v0 + v1) / 2, district: district.code });
      }
    }
    chainage += len;
  }
  return out;
}

/** A random centre line of `lengthM` in three gently turning segments, starting inside the district. */
export function randomRoadLine(rng: Random, start: Xy, lengthM: number): LonLat[] {
  let heading = rng.range(0, 2 * Math.PI);
  const pts: Xy[] = [start];
  for (let i = 0; i < 3; i++) {
    const last = pts[pts.length - 1]!;
    pts.push([last[0] + Math.cos(heading) * (lengthM / 3), last[1] + Math.sin(heading) * (lengthM / 3)]);
    heading += rng.range(-0.3, 0.3);
  }
  return pts.map((p) => {
    const [lon, lat] = unproject(p);
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  });
}

/** Places a road of `lengthM` inside the district, its corridor widened by the margin clear of the others. */
export function placeRoad(
  rng: Random, district: PolygonRings[], others: readonly KeepOut[], lengthM: number, halfWidthM: number, marginM: number,
): LonLat[] {
  const dBounds = boundsOf(district.flatMap((p) => p[0]!).map(project));
  for (let attempt = 0; attempt < 3000; attempt++) {
    const start: Xy = [rng.range(dBounds[0], dBounds[2]), rng.range(dBounds[1], dBounds[3])];
    const line = randomRoadLine(rng, start, lengthM);
    const wide = corridorPolygon(line, halfWidthM + marginM);
    if (ringInsideMulti(wide, district) && clearOf(wide, others)) return line;
  }
  throw new Error(`no room for a road of ${lengthM} m`);
}
