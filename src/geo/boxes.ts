// Boxes in WGS84 [lon, lat] for "fly to this project or area": joining boxes, and padding one so
// the map can fit it, which needs some extent even for a point or a straight road. The box of a
// geometry is geometryBox (src/geo/geometry.ts).

import type { LonLatBox } from "@/geo/geometry";

/** The smallest span, in degrees (about 400 m), a box is widened to before the map fits it. */
export const MIN_SPAN_DEG = 0.004;

/** The box around all the given boxes (missing ones are skipped); null when there are none. */
// Hand-written: turf's bbox walks GeoJSON, not boxes; joining boxes is four minima and maxima.
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
// Hand-written: turf has no box padding, nor a least span for a point or a straight road.
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
