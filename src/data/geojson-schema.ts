// zod schemas for the GeoJSON geometries the API returns (jsonb columns). Only the type and
// the array nesting are checked: coordinates come from the database's own checked columns, and
// walking every number of thousands of parcels would slow viewport loads for nothing.

import { z } from "zod/mini";
import type { LineGeometry, PolygonGeometry, ProjectGeometry } from "@/geo/geometry";

function nestedArray(depth: number) {
  return z.custom<unknown[]>((value) => {
    let node: unknown = value;
    for (let level = 0; level < depth; level++) {
      if (!Array.isArray(node)) return false;
      if (node.length === 0) return level > 0;
      node = node[0];
    }
    return typeof node === "number";
  }, `not a coordinate array of depth ${depth}`);
}

const polygon = z.object({ type: z.literal("Polygon"), coordinates: nestedArray(3) });
const multiPolygon = z.object({ type: z.literal("MultiPolygon"), coordinates: nestedArray(4) });
const lineString = z.object({ type: z.literal("LineString"), coordinates: nestedArray(2) });
const multiLineString = z.object({ type: z.literal("MultiLineString"), coordinates: nestedArray(3) });

/** A Polygon or MultiPolygon (parcels, project outlines, boundaries). */
export const polygonGeometry = z.pipe(
  z.discriminatedUnion("type", [polygon, multiPolygon]),
  z.transform((g) => g as unknown as PolygonGeometry),
);

/** A LineString or MultiLineString (road centre lines). */
export const lineGeometry = z.pipe(
  z.discriminatedUnion("type", [lineString, multiLineString]),
  z.transform((g) => g as unknown as LineGeometry),
);

/** Any geometry a project may have. */
export const projectGeometry = z.pipe(
  z.discriminatedUnion("type", [polygon, multiPolygon, lineString, multiLineString]),
  z.transform((g) => g as unknown as ProjectGeometry),
);
