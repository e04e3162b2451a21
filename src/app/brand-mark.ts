// The brand mark's drawing (parcels on a grid, one cleared in green), drawn by the header
// (app-header.tsx). Kept as data, not markup, so that nothing in the app is HTML.

/** One rectangle of the mark, as SVG attributes. */
export interface BrandMarkRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx: number;
  readonly fill: string;
}

/** The inside of a 32×32 SVG, in drawing order. */
export const BRAND_MARK_RECTS: readonly BrandMarkRect[] = [
  { x: 1, y: 1, width: 30, height: 30, rx: 6, fill: "#ffffff" },
  { x: 6, y: 6, width: 9, height: 9, rx: 1.5, fill: "#238b45" },
  { x: 17, y: 6, width: 9, height: 9, rx: 1.5, fill: "#9e9ac8" },
  { x: 6, y: 17, width: 9, height: 9, rx: 1.5, fill: "#fc8d59" },
  { x: 17, y: 17, width: 9, height: 9, rx: 1.5, fill: "#238b45" },
];
