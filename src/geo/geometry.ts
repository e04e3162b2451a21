// GeoJSON geometry basics in WGS84 [lon, lat]: boxes, rings, point-in-polygon, segment
// crossings and a label point. Planar maths on degrees is accurate enough for the small shapes
// of one province (parcels, project outlines, a selection lasso); areas here are only compared,
// never reported (reported areas are the legal ones from the database).

/** A position as GeoJSON orders it: [longitude, latitude]. Leaflet's [lat, lng] is a different type. */
export type LonLat = readonly [number, number];

/** Longitude/latitude bounds as GeoJSON orders them: [minLon, minLat, maxLon, maxLat]. */
export type LonLatBox = readonly [number, number, number, number];

/** A GeoJSON Polygon or MultiPolygon in WGS84 (the shape of parcels and project outlines). */
export type PolygonGeometry =
  | { readonly type: "Polygon"; readonly coordinates: number[][][] }
  | { readonly type: "MultiPolygon"; readonly coordinates: number[][][][] };

/** A GeoJSON LineString or MultiLineString in WGS84 (the centre line of a road project). */
export type LineGeometry =
  | { readonly type: "LineString"; readonly coordinates: number[][] }
  | { readonly type: "MultiLineString"; readonly coordinates: number[][][] };

/** Any geometry a project may have. */
export type ProjectGeometry = PolygonGeometry | LineGeometry;

/** The polygons of a Polygon or MultiPolygon, each as its rings (outer ring first). */
export function polygonsOf(geometry: PolygonGeometry): number[][][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** The lines of a LineString or MultiLineString. */
export function linesOf(geometry: LineGeometry): number[][][] {
  return geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
}

/** True for a Polygon or MultiPolygon. */
export function isPolygonGeometry(geometry: ProjectGeometry): geometry is PolygonGeometry {
  return geometry.type === "Polygon" || geometry.type === "MultiPolygon";
}

/** The box around every position of a geometry; null when it has none. */
export function geometryBox(geometry: ProjectGeometry): LonLatBox | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const visit = (node: unknown): void => {
    if (!Array.isArray(node) || node.length === 0) return;
    if (typeof node[0] === "number") {
      const [lon, lat] = node as number[];
      if (lon === undefined || lat === undefined) return;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
      return;
    }
    for (const child of node) visit(child);
  };
  visit(geometry.coordinates);
  return minLon <= maxLon ? [minLon, minLat, maxLon, maxLat] : null;
}

/** True when two boxes share at least one point. */
export function boxesIntersect(a: LonLatBox, b: LonLatBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when `point` lies inside `box` (edges included). */
export function boxContains(box: LonLatBox, point: LonLat): boolean {
  return point[0] >= box[0] && point[0] <= box[2] && point[1] >= box[1] && point[1] <= box[3];
}

/** A box as a closed Polygon. */
export function boxPolygon(box: LonLatBox): PolygonGeometry {
  const [w, s, e, n] = box;
  return { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** Signed planar area of a ring in squared degrees (positive when counter-clockwise). */
export function ringSignedArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as number[];
    const b = ring[i] as number[];
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

/** Planar area of a geometry in squared degrees (holes subtracted); for comparing shapes only. */
export function planarArea(geometry: PolygonGeometry): number {
  let total = 0;
  for (const rings of polygonsOf(geometry)) {
    rings.forEach((ring, index) => {
      const area = Math.abs(ringSignedArea(ring));
      total += index === 0 ? area : -area;
    });
  }
  return total;
}

/** True when `point` is inside `ring` (even-odd rule; points on an edge may go either way). */
export function pointInRing(point: LonLat, ring: readonly (readonly number[])[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] as number;
    const yi = ring[i]?.[1] as number;
    const xj = ring[j]?.[0] as number;
    const yj = ring[j]?.[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when `point` is inside the polygon or multipolygon (inside an outer ring, outside its holes). */
export function pointInPolygon(point: LonLat, geometry: PolygonGeometry): boolean {
  return polygonsOf(geometry).some((rings) => {
    const [outer, ...holes] = rings;
    return outer !== undefined && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole));
  });
}

function cross(o: readonly number[], a: readonly number[], b: readonly number[]): number {
  return ((a[0] as number) - (o[0] as number)) * ((b[1] as number) - (o[1] as number)) -
    ((a[1] as number) - (o[1] as number)) * ((b[0] as number) - (o[0] as number));
}

/** True when segments p1–p2 and q1–q2 cross or touch. */
export function segmentsIntersect(
  p1: readonly number[], p2: readonly number[], q1: readonly number[], q2: readonly number[],
): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
    Math.min(a[0] as number, b[0] as number) <= (c[0] as number) && (c[0] as number) <= Math.max(a[0] as number, b[0] as number) &&
    Math.min(a[1] as number, b[1] as number) <= (c[1] as number) && (c[1] as number) <= Math.max(a[1] as number, b[1] as number);
  return (d1 === 0 && onSegment(q1, q2, p1)) || (d2 === 0 && onSegment(q1, q2, p2)) ||
    (d3 === 0 && onSegment(p1, p2, q1)) || (d4 === 0 && onSegment(p1, p2, q2));
}

function ringsCross(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): boolean {
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      if (segmentsIntersect(a[i - 1] as number[], a[i] as number[], b[j - 1] as number[], b[j] as number[])) return true;
    }
  }
  return false;
}

/** True when two polygon geometries share any point (GeoJSON "intersects"). */
export function polygonsIntersect(a: PolygonGeometry, b: PolygonGeometry): boolean {
  const boxA = geometryBox(a);
  const boxB = geometryBox(b);
  if (!boxA || !boxB || !boxesIntersect(boxA, boxB)) return false;
  const firstPoint = (g: PolygonGeometry): LonLat | null => {
    const p = polygonsOf(g)[0]?.[0]?.[0];
    return p && p.length >= 2 ? [p[0] as number, p[1] as number] : null;
  };
  const pa = firstPoint(a);
  const pb = firstPoint(b);
  if (pa && pointInPolygon(pa, b)) return true;
  if (pb && pointInPolygon(pb, a)) return true;
  for (const ringsA of polygonsOf(a)) {
    for (const ringA of ringsA) {
      for (const ringsB of polygonsOf(b)) {
        for (const ringB of ringsB) if (ringsCross(ringA, ringB)) return true;
      }
    }
  }
  // One polygon may still lie wholly inside the other apart from its first vertex (in a hole).
  return polygonsOf(a).some((rings) => rings[0]?.some((p) => pointInPolygon([p[0] as number, p[1] as number], b))) ||
    polygonsOf(b).some((rings) => rings[0]?.some((p) => pointInPolygon([p[0] as number, p[1] as number], a)));
}
