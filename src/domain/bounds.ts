// Bounding boxes of GeoJSON geometries in WGS84 [lon, lat], for "fly to this project or area":
// the map is asked to fit a box, which must have some extent even for a point or a straight road.

/** Longitude/latitude bounds as GeoJSON orders them: [minLon, minLat, maxLon, maxLat]. */
export type LonLatBox = readonly [number, number, number, number];

/** The smallest span, in degrees (about 400 m), a box is widened to before the map fits it. */
export const MIN_SPAN_DEG = 0.004;

function isPosition(value: unknown): value is [number, number, ...number[]] {
  return (
    Array.isArray(value) && value.length >= 2 && typeof value[0] === "number" && typeof value[1] === "number" &&
    Number.isFinite(value[0]) && Number.isFinite(value[1]) && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90
  );
}

/**
 * The box around every position of a GeoJSON geometry (Point to MultiPolygon, or a
 * GeometryCollection); null when it has no valid position. Positions outside WGS84 are skipped.
 */
export function geometryBounds(geometry: unknown): LonLatBox | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const visit = (node: unknown): void => {
    if (isPosition(node)) {
      minLon = Math.min(minLon, node[0]);
      maxLon = Math.max(maxLon, node[0]);
      minLat = Math.min(minLat, node[1]);
      maxLat = Math.max(maxLat, node[1]);
    } else if (Array.isArray(node)) {
      for (const child of node) visit(child);
    }
  };
  if (typeof geometry === "object" && geometry !== null) {
    const g = geometry as { coordinates?: unknown; geometries?: unknown };
    visit(g.coordinates);
    if (Array.isArray(g.geometries)) for (const part of g.geometries) visit((part as { coordinates?: unknown } | null)?.coordinates);
  }
  return minLon <= maxLon ? [minLon, minLat, maxLon, maxLat] : null;
}

/** The box around all the given boxes (missing ones are skipped); null when there are none. */
export function unionBounds(boxes: Iterable<LonLatBox | null | undefined>): LonLatBox | null {
  let result: LonLatBox | null = null;
  for (const box of boxes) {
    if (!box) continue;
    result = result
      ? [Math.min(result[0], box[0]), Math.min(result[1], box[1]), Math.max(result[2], box[2]), Math.max(result[3], box[3])]
      : box;
  }
  return result;
}

/**
 * The box grown by `margin` of its size on every side, and widened around its centre to at
 * least `minSpan` degrees each way, so a point or a north–south road still gives a sensible view.
 */
export function padBounds(box: LonLatBox, margin = 0.05, minSpan = MIN_SPAN_DEG): LonLatBox {
  const grow = (min: number, max: number): [number, number] => {
    const pad = (max - min) * margin;
    let lo = min - pad;
    let hi = max + pad;
    if (hi - lo < minSpan) {
      const centre = (min + max) / 2;
      lo = centre - minSpan / 2;
      hi = centre + minSpan / 2;
    }
    return [lo, hi];
  };
  const [minLon, maxLon] = grow(box[0], box[2]);
  const [minLat, maxLat] = grow(box[1], box[3]);
  return [Math.max(-180, minLon), Math.max(-90, minLat), Math.min(180, maxLon), Math.min(90, maxLat)];
}
