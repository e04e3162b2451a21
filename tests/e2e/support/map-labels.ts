// The map's labels as a person sees them, and what floats over the map (Leaflet's controls and
// the app's panels, buttons and notices over it), in page pixels.
import type { Page } from "playwright-core";

export type Box = [left: number, top: number, right: number, bottom: number];

export interface LabelView {
  /** "title detail @ x,y", sorted. */
  readonly labels: string[];
  readonly labelBoxes: Record<string, Box>;
  /** The boxes of what floats over the map (hidden elements have none). */
  readonly overlays: Box[];
}

/** Leaflet's controls, the layer switcher and legend, the map's notices and the phone's "to progress" button. */
const OVERLAYS = ".leaflet-control, .map-view__controls > .map-panel, .map-status, .map-screen__to-progress";

export function labelView(page: Page): Promise<LabelView> {
  return page.evaluate((OVERLAYS) => {
    const edges = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const labels = [...document.querySelectorAll(".map-label")].map((l) => {
      const [left, top] = edges(l);
      return { name: `${l.textContent} @ ${Math.round(left)},${Math.round(top)}`, box: edges(l) };
    });
    return {
      labels: labels.map((l) => l.name).sort(),
      labelBoxes: Object.fromEntries(labels.map((l) => [l.name, l.box])),
      overlays: [...document.querySelectorAll(OVERLAYS)].map(edges)
        .filter(([left, top, right, bottom]) => right > left && bottom > top),
    };
  }, OVERLAYS);
}

/** Whether `a` and `b` overlap or come closer than `gap` pixels (LABEL_GAP in src/geo/label-placement.ts). */
export function near(a: Box, b: Box, gap = 4): boolean {
  return a[0] - gap < b[2] && b[0] < a[2] + gap && a[1] - gap < b[3] && b[1] < a[3] + gap;
}

/** The labels of `view` that lie under (or against) something floating over the map. */
export function labelsUnderOverlays(view: LabelView): string[] {
  return view.labels.filter((name) => view.overlays.some((overlay) => near(view.labelBoxes[name]!, overlay)));
}
