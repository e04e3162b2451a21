// DXF drawings of cadastral maps: each closed LWPOLYLINE / POLYLINE is a parcel (arcs given by
// vertex bulges tessellated), and the TEXT / MTEXT whose insertion point lies inside it (the
// smallest such polygon) become its fields text1, text2, … in reading order, with its layer.
// A DXF holds no CRS, so the person chooses one. Text is kept as bytes: old drawings are TCVN3.

import DxfParser from "dxf-parser";
import Flatbush from "flatbush";
import { ringLocation } from "@/geo/segment-tests";
import { ringSignedArea } from "@/geo/geometry";
import { byteString } from "@/import/encodings";
import { ImportFileError } from "@/import/import-errors";
import type { Checkpoint, RawFeature, RawValue, ReadResult } from "@/import/raw-feature";

/** The largest angle (radians) one tessellated arc step spans. */
const ARC_STEP = Math.PI / 36;

interface Vertex {
  readonly x: number;
  readonly y: number;
  readonly bulge?: number;
}

/** The positions of arc p→q with DXF bulge b (tan of a quarter of the included angle; > 0 counter-clockwise), q excluded. */
export function arcPositions(p: Vertex, q: Vertex, bulge: number): number[][] {
  if (!bulge) return [[p.x, p.y]];
  const theta = 4 * Math.atan(bulge);
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const chord = Math.hypot(dx, dy);
  if (chord === 0) return [[p.x, p.y]];
  const h = chord / 2 / Math.tan(theta / 2);
  const cx = (p.x + q.x) / 2 - (dy / chord) * h;
  const cy = (p.y + q.y) / 2 + (dx / chord) * h;
  const r = Math.hypot(p.x - cx, p.y - cy);
  const start = Math.atan2(p.y - cy, p.x - cx);
  const steps = Math.max(2, Math.ceil(Math.abs(theta) / ARC_STEP));
  const out: number[][] = [];
  for (let i = 0; i < steps; i++) {
    const a = start + (theta * i) / steps;
    out.push(i === 0 ? [p.x, p.y] : [cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return out;
}

/** The closed ring of a closed polyline's vertices, arcs tessellated. */
export function polylineRing(vertices: readonly Vertex[]): number[][] {
  const ring: number[][] = [];
  vertices.forEach((v, i) => {
    const next = vertices[(i + 1) % vertices.length] as Vertex;
    ring.push(...arcPositions(v, next, v.bulge ?? 0));
  });
  if (ring.length > 0) ring.push([...(ring[0] as number[])]);
  return ring;
}

/** MTEXT without its formatting codes (\P paragraphs, {\f…;…} fonts, \~ spaces). */
export function plainMtext(text: string): string {
  return text
    .replace(/\\P/g, " ")
    .replace(/\\~/g, " ")
    .replace(/\\[ACcFfHhQTWp][^;]*;/g, "")
    .replace(/\\[LlOoKk]/g, "")
    .replace(/[{}]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Label {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

interface Entity {
  readonly type: string;
  readonly layer?: string;
  readonly shape?: boolean;
  readonly vertices?: readonly Vertex[];
  readonly text?: string;
  readonly startPoint?: { x: number; y: number };
  readonly position?: { x: number; y: number };
}

/** Reads a DXF file's bytes. */
export async function readDxf(bytes: Uint8Array, checkpoint: Checkpoint): Promise<ReadResult> {
  const text = byteString(bytes);
  let entities: readonly Entity[];
  try {
    const dxf = new DxfParser().parseSync(text);
    if (!dxf) throw new Error("empty");
    entities = dxf.entities;
  } catch {
    throw new ImportFileError("malformed", "dxf");
  }
  await checkpoint(0, entities.length);
  const rings: { ring: number[][]; layer: string; area: number }[] = [];
  const labels: Label[] = [];
  for (const e of entities) {
    if ((e.type === "LWPOLYLINE" || e.type === "POLYLINE") && e.shape && (e.vertices?.length ?? 0) >= 3) {
      const ring = polylineRing(e.vertices as Vertex[]);
      rings.push({ ring, layer: e.layer ?? "", area: Math.abs(ringSignedArea(ring)) });
    } else if (e.type === "TEXT" && e.startPoint && e.text) {
      labels.push({ x: e.startPoint.x, y: e.startPoint.y, text: e.text.trim() });
    } else if (e.type === "MTEXT" && e.position && e.text) {
      labels.push({ x: e.position.x, y: e.position.y, text: plainMtext(e.text) });
    }
  }
  if (rings.length === 0) throw new ImportFileError("empty", "dxf_closed_polylines");
  const index = new Flatbush(rings.length);
  for (const { ring } of rings) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x, y] of ring as [number, number][]) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  const texts: Label[][] = rings.map(() => []);
  for (const label of labels) {
    if (!label.text) continue;
    let best = -1;
    for (const i of index.search(label.x, label.y, label.x, label.y)) {
      const r = rings[i]!;
      if (ringLocation([label.x, label.y], r.ring) >= 0 && (best < 0 || r.area < rings[best]!.area)) best = i;
    }
    if (best >= 0) texts[best]!.push(label);
  }
  const most = Math.max(0, ...texts.map((t) => t.length));
  const fields = [...Array.from({ length: most }, (_, i) => `text${i + 1}`), "layer"];
  const features: RawFeature[] = rings.map((r, i) => {
    // Reading order: top line first, then left to right.
    const ordered = [...texts[i]!].sort((a, b) => b.y - a.y || a.x - b.x);
    const attributes: Record<string, RawValue> = { layer: r.layer };
    fields.slice(0, most).forEach((f, k) => { attributes[f] = ordered[k]?.text ?? null; });
    return { row: i + 1, geometry: { type: "Polygon", coordinates: [r.ring] }, attributes };
  });
  await checkpoint(entities.length, entities.length);
  return { format: "dxf", features, fields, prj: null, cpgEncoding: null, encoded: true };
}
