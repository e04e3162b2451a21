// Exact-enough segment predicates on plain [x, y] numbers, shared by the import's validity and
// overlap rules and written out because the rules (contract of issue #14, also in SQL) need the
// distinction turf does not make: "crosses properly" (overlap) against "touches" (validity).

/** A position as [x, y] (lon/lat or metres: the predicates do not care). */
export type XY = readonly number[];

/** Twice the signed area of a, b, c: > 0 when c is left of a→b, 0 when collinear. */
export function orient(a: XY, b: XY, c: XY): number {
  return ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number))
    - ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number));
}

/** True when c, collinear with a–b, lies within the box of a–b. */
function withinBox(a: XY, b: XY, c: XY): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const [cx, cy] = c as [number, number];
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/**
 * A point shared by segments p1–p2 and q1–q2 (crossing, touching or overlapping), or null when
 * they share none.
 */
export function segmentIntersection(p1: XY, p2: XY, q1: XY, q2: XY): [number, number] | null {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    const x = (p1[0] as number) + t * ((p2[0] as number) - (p1[0] as number));
    const y = (p1[1] as number) + t * ((p2[1] as number) - (p1[1] as number));
    return [x, y];
  }
  if (d1 === 0 && withinBox(q1, q2, p1)) return [p1[0] as number, p1[1] as number];
  if (d2 === 0 && withinBox(q1, q2, p2)) return [p2[0] as number, p2[1] as number];
  if (d3 === 0 && withinBox(p1, p2, q1)) return [q1[0] as number, q1[1] as number];
  if (d4 === 0 && withinBox(p1, p2, q2)) return [q2[0] as number, q2[1] as number];
  return null;
}

/** True when the segments cross at one point inside both (the four orientation signs strictly opposite). */
export function segmentsCrossProperly(p1: XY, p2: XY, q1: XY, q2: XY): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** True when point c lies on segment a–b (ends included). */
export function onSegment(a: XY, b: XY, c: XY): boolean {
  return orient(a, b, c) === 0 && withinBox(a, b, c);
}

/**
 * Where a point is against a ring: 1 inside, 0 on its boundary, -1 outside (ray casting; the
 * ring may be open or closed).
 */
export function ringLocation(point: XY, ring: readonly XY[]): -1 | 0 | 1 {
  const x = point[0] as number;
  const y = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as XY;
    const b = ring[i] as XY;
    if (onSegment(a, b, point)) return 0;
    const ay = a[1] as number;
    const by = b[1] as number;
    if ((ay > y) !== (by > y)) {
      const ax = a[0] as number;
      const bx = b[0] as number;
      if (x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  }
  return inside ? 1 : -1;
}

/** True when the point is strictly inside the polygon given as rings (outer first): not on any edge, not in a hole. */
export function strictlyInsidePolygon(point: XY, rings: readonly (readonly XY[])[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || ringLocation(point, outer) !== 1) return false;
  return holes.every((hole) => ringLocation(point, hole) === -1);
}
