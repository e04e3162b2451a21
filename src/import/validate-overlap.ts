// Overlapping rows of one file (contract of issue #14): interiors overlap when an edge of one
// properly crosses an edge of the other, or one's point on surface is strictly inside the other.
// Shared edges and vertices are not overlaps (adjacent cadastral parcels share them). Candidate
// pairs come from a Flatbush index of the rows' boxes.

import Flatbush from "flatbush";
import type { LonLat } from "@/geo/geometry";
import { partsOf } from "@/geo/polygon-validity";
import { segmentsCrossProperly, strictlyInsidePolygon } from "@/geo/segment-tests";
import type { AnyGeometry } from "@/domain/import-types";

/** A valid polygon row, as the overlap check takes it. */
export interface OverlapInput {
  readonly row: number;
  readonly geometry: AnyGeometry;
  readonly pos: LonLat;
  readonly box: readonly [number, number, number, number];
}

type Rings = readonly (readonly (readonly number[])[])[];

function edgesCross(a: readonly Rings[], b: readonly Rings[], boxB: OverlapInput["box"]): boolean {
  for (const ringsA of a) {
    for (const ra of ringsA) {
      for (let i = 1; i < ra.length; i++) {
        const p = ra[i - 1]!;
        const q = ra[i]!;
        if (Math.max(p[0]!, q[0]!) < boxB[0] || Math.min(p[0]!, q[0]!) > boxB[2] || Math.max(p[1]!, q[1]!) < boxB[1] || Math.min(p[1]!, q[1]!) > boxB[3]) continue;
        for (const ringsB of b) {
          for (const rb of ringsB) {
            for (let j = 1; j < rb.length; j++) if (segmentsCrossProperly(p, q, rb[j - 1]!, rb[j]!)) return true;
          }
        }
      }
    }
  }
  return false;
}

function containsPoint(parts: readonly Rings[], point: LonLat): boolean {
  return parts.some((rings) => strictlyInsidePolygon(point, rings));
}

/** True when the two rows' interiors overlap by the contract's rule. */
export function rowsOverlap(a: OverlapInput, b: OverlapInput): boolean {
  const pa = partsOf(a.geometry) ?? [];
  const pb = partsOf(b.geometry) ?? [];
  return edgesCross(pa, pb, b.box) || containsPoint(pb, a.pos) || containsPoint(pa, b.pos);
}

/** Every overlapping pair [row, other row], each pair once (lower index first). */
export async function overlappingPairs(
  rows: readonly OverlapInput[],
  checkpoint: (done: number) => Promise<void>,
): Promise<[number, number][]> {
  if (rows.length < 2) return [];
  const index = new Flatbush(rows.length);
  for (const r of rows) index.add(r.box[0], r.box[1], r.box[2], r.box[3]);
  index.finish();
  const pairs: [number, number][] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    for (const j of index.search(a.box[0], a.box[1], a.box[2], a.box[3])) {
      if (j <= i) continue;
      if (rowsOverlap(a, rows[j]!)) pairs.push([i, j]);
    }
    if (i % 1000 === 999) await checkpoint(i + 1);
  }
  return pairs;
}
