// Shared validation cases for the import: the same geometries go through the client's validator
// (src/import, the parse helper's unit tests) and through the server (import_parcels, in
// tests/api/import-parcels.test.ts), so the two keep to one reading of the contract
// (/work/notes/contract.md, "Decisions already taken"). All coordinates are WGS84 [lon, lat] near
// Văn Giang (inside district 326 of the demo boundaries), written as exact decimal literals so that
// shared edges and vertices are the same doubles in both rows of a pair.
//
// How the expected values were read off the contract, where it leaves a choice:
// - One geometry problem per geometry, the first that applies in this order: geometry_missing
//   (no geometry, or an empty coordinates array), geometry_type (not Polygon/MultiPolygon),
//   coordinates_invalid (a position that is not at least two JSON numbers, lon outside [-180, 180]
//   or lat outside [-90, 90], or nesting that is not arrays), ring_too_short, ring_unclosed,
//   self_intersection. A row with a geometry problem gets no geometry-dependent problem
//   (area_mismatch, outside_*, duplicate_*, overlap, not_in_area): its point on surface is unknown.
// - `at` of ring_too_short / ring_unclosed: the first position of the first such ring (parts, then
//   rings, in file order). geometry_missing, geometry_type, coordinates_invalid: null.
// - `at` of self_intersection: of the first intersecting pair of non-adjacent edges (i < j, ring by
//   ring in file order, edge i from position i to i + 1): for a proper crossing the point
//   p1 + t (p2 − p1) with t = o(q1, q2, p1) / (o(q1, q2, p1) − o(q1, q2, p2)), where edge i is p1p2,
//   edge j is q1q2 and o(a, b, c) = (b.x − a.x)(c.y − a.y) − (b.y − a.y)(c.x − a.x); otherwise the
//   first of p1, p2, q1, q2 that lies on the other edge. Touching counts, so a repeated consecutive
//   position is a self_intersection (edges i and i + 2 meet there) — literal contract; say so if the
//   client would rather drop repeated positions first (then both sides must).
// - Point on surface: the contract's algorithm, with the largest part by drawn (spherical) area,
//   the first part on a tie; crossing x = x1 + (y − y1)(x2 − x1) / (y2 − y1); the first (westmost)
//   pair on a tie of widths.
// - Drawn area: @turf/area's formula with radius 6378137 m, as the contract says. NOTE: @turf/area
//   7.4.0 itself uses @turf/helpers' earthRadius 6371008.8 m, 0.22 % less area than the contract:
//   scale its result by (6378137 / 6371008.8)² or compute the formula with 6378137.
// - Overlap (pairs): interiors overlap when an edge of one properly crosses an edge of the other
//   (the four orientation signs strictly opposite), or either's point on surface is inside the
//   other (inside its outer ring and not inside one of its holes). Each row of an overlapping pair
//   gets one `overlap` problem with `other_row` = the lowest other row it overlaps, `at` = its own
//   point on surface. duplicate_in_file likewise: each row of the group, `other_row` = the lowest
//   other row of the group.
// Point and area figures below are compared with a tolerance (1e-9 degrees, 1e-6 relative).

import type { LonLat } from "@/geo/geometry";
import type { AnyGeometry, ProblemCode } from "@/domain/import-types";

/** One geometry and what validating it must find. */
export interface ValidationCase {
  readonly name: string;
  readonly geometry: AnyGeometry | null;
  /** The problem codes of the geometry alone (a row with valid fields, inside district 326). */
  readonly codes: readonly ProblemCode[];
  /** Where the problem is, when it has a place (null: none). */
  readonly at?: LonLat | null;
  /** For valid shapes: the contract's point on surface. */
  readonly pointOnSurface?: LonLat;
  /** For valid shapes: the drawn area by the contract's formula (m²). */
  readonly drawnAreaM2?: number;
}

/** Two valid geometries as two rows of one file: do their interiors overlap? */
export interface OverlapCase {
  readonly name: string;
  readonly a: AnyGeometry;
  readonly b: AnyGeometry;
  readonly overlap: boolean;
}

export const SINGLE_CASES: readonly ValidationCase[] = [
  {
    name: "square",
    geometry: { type: "Polygon", coordinates: [[[105.94, 20.94], [105.9405, 20.94], [105.9405, 20.9405], [105.94, 20.9405], [105.94, 20.94]]] },
    codes: [],
    pointOnSurface: [105.94024999999999, 20.94025],
    drawnAreaM2: 2893.3951462177283,
  },
  {
    name: "pentagon",
    geometry: { type: "Polygon", coordinates: [[[105.941, 20.941], [105.9416, 20.9409], [105.9419, 20.9414], [105.9414, 20.9418], [105.9409, 20.9415], [105.941, 20.941]]] },
    codes: [],
    pointOnSurface: [105.9414, 20.94135],
    drawnAreaM2: 6770.495981846854,
  },
  {
    name: "clockwise square (orientation is not a problem)",
    geometry: { type: "Polygon", coordinates: [[[105.94, 20.94], [105.94, 20.9405], [105.9405, 20.9405], [105.9405, 20.94], [105.94, 20.94]]] },
    codes: [],
    pointOnSurface: [105.94024999999999, 20.94025],
    drawnAreaM2: 2893.3951462177283,
  },
  {
    name: "polygon with a hole",
    geometry: { type: "Polygon", coordinates: [[[105.942, 20.942], [105.943, 20.942], [105.943, 20.943], [105.942, 20.943], [105.942, 20.942]], [[105.9425, 20.9424], [105.9425, 20.9426], [105.9427, 20.9426], [105.9427, 20.9424], [105.9425, 20.9424]]] },
    codes: [],
    pointOnSurface: [105.94225, 20.942500000000003],
    drawnAreaM2: 11110.470389506883,
  },
  {
    name: "L-shape (concave)",
    geometry: { type: "Polygon", coordinates: [[[105.944, 20.944], [105.945, 20.944], [105.945, 20.9443], [105.9443, 20.9443], [105.9443, 20.945], [105.944, 20.945], [105.944, 20.944]]] },
    codes: [],
    pointOnSurface: [105.94415000000001, 20.944499999999998],
    drawnAreaM2: 5902.364221395218,
  },
  {
    name: "U-shape, widest arm on the right",
    geometry: { type: "Polygon", coordinates: [[[105.946, 20.946], [105.947, 20.946], [105.947, 20.947], [105.9465, 20.947], [105.9465, 20.9462], [105.9462, 20.9462], [105.9462, 20.947], [105.946, 20.947], [105.946, 20.946]]] },
    codes: [],
    pointOnSurface: [105.94675000000001, 20.9465],
    drawnAreaM2: 8795.555883189756,
  },
  {
    name: "MultiPolygon: two squares, the second larger",
    geometry: { type: "MultiPolygon", coordinates: [[[[105.948, 20.948], [105.9482, 20.948], [105.9482, 20.9482], [105.948, 20.9482], [105.948, 20.948]]], [[[105.949, 20.948], [105.9496, 20.948], [105.9496, 20.9486], [105.949, 20.9486], [105.949, 20.948]]]] },
    codes: [],
    pointOnSurface: [105.9493, 20.9483],
    drawnAreaM2: 4629.183907884992,
  },
  {
    name: "bow-tie",
    geometry: { type: "Polygon", coordinates: [[[105.95, 20.95], [105.951, 20.951], [105.951, 20.95], [105.95, 20.951], [105.95, 20.95]]] },
    codes: ["self_intersection"],
    at: [105.9505, 20.9505],
  },
  {
    name: "ring touching itself: a vertex on a non-adjacent edge",
    geometry: { type: "Polygon", coordinates: [[[105.952, 20.952], [105.954, 20.952], [105.954, 20.954], [105.953, 20.952], [105.952, 20.954], [105.952, 20.952]]] },
    codes: ["self_intersection"],
    at: [105.953, 20.952],
  },
  {
    name: "repeated consecutive position (edges around it touch: counted by the contract's rule)",
    geometry: { type: "Polygon", coordinates: [[[105.955, 20.955], [105.956, 20.955], [105.956, 20.955], [105.956, 20.956], [105.955, 20.956], [105.955, 20.955]]] },
    codes: ["self_intersection"],
    at: [105.956, 20.955],
  },
  {
    name: "unclosed ring",
    geometry: { type: "Polygon", coordinates: [[[105.94, 20.95], [105.941, 20.95], [105.941, 20.951], [105.94, 20.951]]] },
    codes: ["ring_unclosed"],
    at: [105.94, 20.95],
  },
  {
    name: "ring of three positions",
    geometry: { type: "Polygon", coordinates: [[[105.94, 20.95], [105.941, 20.95], [105.94, 20.95]]] },
    codes: ["ring_too_short"],
    at: [105.94, 20.95],
  },
  {
    name: "unclosed hole",
    geometry: { type: "Polygon", coordinates: [[[105.942, 20.952], [105.943, 20.952], [105.943, 20.953], [105.942, 20.953], [105.942, 20.952]], [[105.9424, 20.9524], [105.9424, 20.9526], [105.9426, 20.9526], [105.9426, 20.9524]]] },
    codes: ["ring_unclosed"],
    at: [105.9424, 20.9524],
  },
  {
    name: "no geometry",
    geometry: null,
    codes: ["geometry_missing"],
    at: null,
  },
  {
    name: "empty polygon",
    geometry: { type: "Polygon", coordinates: [] },
    codes: ["geometry_missing"],
    at: null,
  },
  {
    name: "empty multipolygon",
    geometry: { type: "MultiPolygon", coordinates: [] },
    codes: ["geometry_missing"],
    at: null,
  },
  {
    name: "a point",
    geometry: { type: "Point", coordinates: [105.94, 20.94] },
    codes: ["geometry_type"],
    at: null,
  },
  {
    name: "a line",
    geometry: { type: "LineString", coordinates: [[105.94, 20.94], [105.941, 20.941]] },
    codes: ["geometry_type"],
    at: null,
  },
  {
    name: "latitude out of range (numbers not converted, or swapped)",
    geometry: { type: "Polygon", coordinates: [[[105.94, 95], [105.941, 95], [105.941, 96], [105.94, 95]]] },
    codes: ["coordinates_invalid"],
    at: null,
  },
  {
    name: "projected metres left unconverted",
    geometry: { type: "Polygon", coordinates: [[[557293, 2283906], [557313, 2283906], [557313, 2283926], [557293, 2283926], [557293, 2283906]]] },
    codes: ["coordinates_invalid"],
    at: null,
  },
  {
    name: "a coordinate that is not a number",
    geometry: { type: "Polygon", coordinates: [[[105.94, 20.94], ["105.941", 20.94], [105.941, 20.941], [105.94, 20.94]]] } as unknown as AnyGeometry,
    codes: ["coordinates_invalid"],
    at: null,
  },
];

export const PAIR_CASES: readonly OverlapCase[] = [
  {
    name: "shared edge",
    a: { type: "Polygon", coordinates: [[[105.935, 20.935], [105.9355, 20.935], [105.9355, 20.9355], [105.935, 20.9355], [105.935, 20.935]]] },
    b: { type: "Polygon", coordinates: [[[105.9355, 20.935], [105.936, 20.935], [105.936, 20.9355], [105.9355, 20.9355], [105.9355, 20.935]]] },
    overlap: false,
  },
  {
    name: "shared vertex only",
    a: { type: "Polygon", coordinates: [[[105.935, 20.936], [105.9355, 20.936], [105.9355, 20.9365], [105.935, 20.9365], [105.935, 20.936]]] },
    b: { type: "Polygon", coordinates: [[[105.9355, 20.9365], [105.936, 20.9365], [105.936, 20.937], [105.9355, 20.937], [105.9355, 20.9365]]] },
    overlap: false,
  },
  {
    name: "shared part of an edge (offset neighbours)",
    a: { type: "Polygon", coordinates: [[[105.935, 20.938], [105.9355, 20.938], [105.9355, 20.9385], [105.935, 20.9385], [105.935, 20.938]]] },
    b: { type: "Polygon", coordinates: [[[105.9355, 20.9382], [105.936, 20.9382], [105.936, 20.9387], [105.9355, 20.9387], [105.9355, 20.9382]]] },
    overlap: false,
  },
  {
    name: "T-junction: a vertex of one on an edge of the other",
    a: { type: "Polygon", coordinates: [[[105.937, 20.935], [105.938, 20.935], [105.938, 20.9355], [105.937, 20.9355], [105.937, 20.935]]] },
    b: { type: "Polygon", coordinates: [[[105.9372, 20.9355], [105.9375, 20.9355], [105.9378, 20.9355], [105.9378, 20.936], [105.9372, 20.936], [105.9372, 20.9355]]] },
    overlap: false,
  },
  {
    name: "disjoint",
    a: { type: "Polygon", coordinates: [[[105.935, 20.94], [105.9355, 20.94], [105.9355, 20.9405], [105.935, 20.9405], [105.935, 20.94]]] },
    b: { type: "Polygon", coordinates: [[[105.936, 20.94], [105.9365, 20.94], [105.9365, 20.9405], [105.936, 20.9405], [105.936, 20.94]]] },
    overlap: false,
  },
  {
    name: "proper crossing (half offset)",
    a: { type: "Polygon", coordinates: [[[105.935, 20.942], [105.9355, 20.942], [105.9355, 20.9425], [105.935, 20.9425], [105.935, 20.942]]] },
    b: { type: "Polygon", coordinates: [[[105.93525, 20.94225], [105.93575, 20.94225], [105.93575, 20.94275], [105.93525, 20.94275], [105.93525, 20.94225]]] },
    overlap: true,
  },
  {
    name: "containment, no edge touching",
    a: { type: "Polygon", coordinates: [[[105.935, 20.945], [105.936, 20.945], [105.936, 20.946], [105.935, 20.946], [105.935, 20.945]]] },
    b: { type: "Polygon", coordinates: [[[105.9354, 20.9454], [105.9356, 20.9454], [105.9356, 20.9456], [105.9354, 20.9456], [105.9354, 20.9454]]] },
    overlap: true,
  },
  {
    name: "containment sharing part of an edge",
    a: { type: "Polygon", coordinates: [[[105.937, 20.945], [105.938, 20.945], [105.938, 20.946], [105.937, 20.946], [105.937, 20.945]]] },
    b: { type: "Polygon", coordinates: [[[105.937, 20.9454], [105.9372, 20.9454], [105.9372, 20.9456], [105.937, 20.9456], [105.937, 20.9454]]] },
    overlap: true,
  },
  {
    name: "identical",
    a: { type: "Polygon", coordinates: [[[105.939, 20.945], [105.9395, 20.945], [105.9395, 20.9455], [105.939, 20.9455], [105.939, 20.945]]] },
    b: { type: "Polygon", coordinates: [[[105.939, 20.945], [105.9395, 20.945], [105.9395, 20.9455], [105.939, 20.9455], [105.939, 20.945]]] },
    overlap: true,
  },
  {
    name: "inside the hole of the other",
    a: { type: "Polygon", coordinates: [[[105.942, 20.942], [105.943, 20.942], [105.943, 20.943], [105.942, 20.943], [105.942, 20.942]], [[105.9425, 20.9424], [105.9425, 20.9426], [105.9427, 20.9426], [105.9427, 20.9424], [105.9425, 20.9424]]] },
    b: { type: "Polygon", coordinates: [[[105.9425, 20.9424], [105.9427, 20.9424], [105.9427, 20.9426], [105.9425, 20.9426], [105.9425, 20.9424]]] },
    overlap: false,
  },
];
