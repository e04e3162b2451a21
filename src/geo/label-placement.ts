// Which map labels to show so that none overlap: the most important first, each kept only if
// its box is clear of those already kept. Works in screen pixels, so it is rerun on zoom.

import { compareOrdinal } from "@/domain/compare-ordinal";

/** A label that could be shown: its box in screen pixels and how much it matters. */
export interface LabelCandidate {
  readonly id: string;
  /** Centre of the label, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is placed first (e.g. the project's area). */
  readonly priority: number;
}

/** The ids of the labels to show, none overlapping another by less than `gap` pixels. */
export function placeLabels(candidates: readonly LabelCandidate[], gap = 4): Set<string> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || compareOrdinal(a.id, b.id));
  for (const c of ordered) {
    const box = {
      x0: c.x - c.width / 2 - gap, y0: c.y - c.height / 2 - gap,
      x1: c.x + c.width / 2 + gap, y1: c.y + c.height / 2 + gap,
    };
    if (placed.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1)) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}
