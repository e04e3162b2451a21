// Which map labels to show so that none overlap: the most important first, each kept only if
// its box is clear of those already kept and of what floats over the map (its buttons, panels
// and notices), and none cut by the edge of the map. Works in screen pixels, so it is rerun
// after every move.

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

/** The least room, in pixels, between a label and another label or a control. */
export const LABEL_GAP = 4;

/** A rectangle on screen, in pixels from the map's top-left corner. */
export interface ScreenBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The size of the map on screen, in pixels. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

function cutByEdge(c: LabelCandidate, view: ViewSize): boolean {
  const x0 = c.x - c.width / 2;
  const x1 = c.x + c.width / 2;
  const y0 = c.y - c.height / 2;
  const y1 = c.y + c.height / 2;
  const inside = x0 >= 0 && y0 >= 0 && x1 <= view.width && y1 <= view.height;
  const outside = x1 <= 0 || y1 <= 0 || x0 >= view.width || y0 >= view.height;
  return !inside && !outside;
}

/**
 * The ids of the labels to show, none closer than `gap` pixels to another or to a `covered` box
 * (a control over the map: "…n Tiến" half under the zoom buttons is no name either). Labels
 * across the edge of `view` are left out ("CN Xuân Quan"); those wholly outside are kept, so
 * that a pan brings them in whole.
 */
// Hand-written: screen-pixel boxes placed after every move; turf's overlap test on box polygons is far too slow for that (bench:geo).
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: ViewSize,
  gap = LABEL_GAP,
  covered: readonly ScreenBox[] = [],
): Set<string> {
  const placed: ScreenBox[] = [...covered];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || compareOrdinal(a.id, b.id));
  for (const c of ordered) {
    if (cutByEdge(c, view)) continue;
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
