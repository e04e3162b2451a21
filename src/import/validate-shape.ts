// A polygon's validity: the server's rules first (src/geo/polygon-validity.ts, the same the SQL
// checks), then JTS's IsValidOp for what those rules do not see (a hole outside its shell, nested
// shells, a disconnected interior), with its reason and location. Only the JTS modules the
// validator needs are imported, to keep the worker small.

import Coordinate from "jsts/org/locationtech/jts/geom/Coordinate.js";
import GeometryFactory from "jsts/org/locationtech/jts/geom/GeometryFactory.js";
import IsValidOp from "jsts/org/locationtech/jts/operation/valid/IsValidOp.js";
import TopologyValidationError from "jsts/org/locationtech/jts/operation/valid/TopologyValidationError.js";
import { partsOf, polygonFault } from "@/geo/polygon-validity";
import type { ShapeFault } from "@/geo/polygon-validity";
import type { AnyGeometry } from "@/domain/import-types";

/** A fault with, for JTS's findings, which one (`detail`). */
export interface ShapeProblem extends ShapeFault {
  readonly detail: string | null;
}

const JTS_REASONS: Readonly<Record<number, string>> = {
  [TopologyValidationError.HOLE_OUTSIDE_SHELL]: "hole_outside_shell",
  [TopologyValidationError.NESTED_HOLES]: "nested_holes",
  [TopologyValidationError.DISCONNECTED_INTERIOR]: "disconnected_interior",
  [TopologyValidationError.SELF_INTERSECTION]: "self_intersection",
  [TopologyValidationError.RING_SELF_INTERSECTION]: "ring_self_intersection",
  [TopologyValidationError.NESTED_SHELLS]: "nested_shells",
  [TopologyValidationError.DUPLICATE_RINGS]: "duplicate_rings",
};

// The parts of JTS used, typed here: its declarations leave these members `any`.
interface Factory {
  createLinearRing(coordinates: Coordinate[]): object;
  createPolygon(shell: object, holes: object[]): object;
  createMultiPolygon(polygons: object[]): object;
}
interface ValidOp {
  isValid(): boolean;
  getValidationError(): { getCoordinate(): { x: number; y: number } | null; getErrorType(): number };
}

let factory: Factory | null = null;

/** JTS's reason and place for a polygon that passes the server's rules, or null when JTS finds it valid. */
export function jtsFault(geometry: AnyGeometry): ShapeProblem | null {
  const parts = partsOf(geometry);
  if (!parts) return null;
  factory ??= new GeometryFactory() as unknown as Factory;
  const f = factory;
  const ring = (r: readonly (readonly number[])[]) => f.createLinearRing(r.map((p) => new Coordinate(p[0], p[1])));
  const polygons = parts.map((rings) => f.createPolygon(ring(rings[0]!), rings.slice(1).map(ring)));
  const shape = polygons.length === 1 ? polygons[0]! : f.createMultiPolygon(polygons);
  const op = new IsValidOp(shape) as unknown as ValidOp;
  if (op.isValid()) return null;
  const error = op.getValidationError();
  const c = error.getCoordinate();
  const at = c && Number.isFinite(c.x) && Number.isFinite(c.y) ? ([c.x, c.y] as const) : null;
  return { code: "self_intersection", at, detail: JTS_REASONS[error.getErrorType()] ?? "invalid" };
}

/** The first reason the polygon is not valid, or null. */
export function shapeProblem(geometry: AnyGeometry | null): ShapeProblem | null {
  const fault = polygonFault(geometry);
  if (fault) return { ...fault, detail: null };
  // A single ring that passes the server's rules is valid for JTS too (its remaining checks are
  // between rings), and JTS costs far more than those rules: it runs only on holes and multi-parts.
  const parts = partsOf(geometry as AnyGeometry) ?? [];
  if (parts.length === 1 && parts[0]!.length === 1) return null;
  return jtsFault(geometry as AnyGeometry);
}
