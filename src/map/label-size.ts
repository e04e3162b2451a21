// The size a map label will have on screen, measured with a canvas text metric instead of
// laying the label out: reading offsetWidth of freshly added labels forced a layout of the whole
// page on every placement, in the province view's first render. The fonts are read
// once per label variant from the stylesheet, so the CSS stays the one place that styles labels.

import { compareOrdinal } from "@/domain/compare-ordinal";
import type { MapLabel } from "@/map/map-label";

interface LineFont {
  readonly font: string;
  readonly lineHeight: number;
  readonly letterSpacing: number;
  readonly upperCase: boolean;
}

interface VariantFonts {
  readonly title: LineFont;
  readonly detail: LineFont;
}

const fontsByVariant = new Map<string, VariantFonts>();
let context: CanvasRenderingContext2D | null = null;
/** The font last given to `context` (reading context.font back gives a normalised string). */
let contextFont = "";
/** Widths by font and text: setting a canvas font is slow, and labels repeat on every data change. */
const widths = new Map<string, Map<string, number>>();

function lineFont(element: Element): LineFont {
  const style = getComputedStyle(element);
  const fontSize = Number.parseFloat(style.fontSize) || 12;
  const lineHeight = Number.parseFloat(style.lineHeight);
  const letterSpacing = Number.parseFloat(style.letterSpacing);
  return {
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    lineHeight: Number.isFinite(lineHeight) ? lineHeight : fontSize * 1.2,
    letterSpacing: Number.isFinite(letterSpacing) ? letterSpacing : 0,
    upperCase: style.textTransform === "uppercase",
  };
}

/** Reads the fonts of one label variant from a hidden sample inside `host` (style only, no layout). */
function variantFonts(variant: string, host: HTMLElement): VariantFonts {
  const known = fontsByVariant.get(variant);
  if (known) return known;
  const sample = document.createElement("span");
  sample.className = `map-label ${variant}`.trim();
  sample.style.visibility = "hidden";
  const title = document.createElement("span");
  title.className = "map-label__title";
  const detail = document.createElement("span");
  detail.className = "map-label__detail";
  sample.append(title, detail);
  host.append(sample);
  const fonts = { title: lineFont(title), detail: lineFont(detail) };
  sample.remove();
  fontsByVariant.set(variant, fonts);
  return fonts;
}

function lineWidth(text: string, font: LineFont): number {
  let known = widths.get(font.font);
  if (!known) widths.set(font.font, (known = new Map<string, number>()));
  let width = known.get(text);
  if (width === undefined) {
    context ??= document.createElement("canvas").getContext("2d");
    const shown = font.upperCase ? text.toLocaleUpperCase() : text;
    if (context && contextFont !== font.font) {
      context.font = font.font;
      contextFont = font.font;
    }
    // no canvas: never in a browser that draws the map
    width = (context ? context.measureText(shown).width : shown.length * 7) + font.letterSpacing * [...shown].length;
    known.set(text, width);
  }
  return width;
}

/** Widths and heights in CSS pixels of `labels` drawn inside `host` (the map's marker pane). */
export function labelSizes(labels: readonly MapLabel[], host: HTMLElement): { width: number; height: number }[] {
  const fonts = labels.map((label) => variantFonts(label.variant ?? "", host));
  // Measure font by font: switching the canvas font costs more than measuring a text.
  const lines = labels.flatMap((label, i) => {
    const f = fonts[i]!;
    return label.detail ? [{ text: label.title, font: f.title }, { text: label.detail, font: f.detail }] : [{ text: label.title, font: f.title }];
  });
  lines.sort((a, b) => compareOrdinal(a.font.font, b.font.font));
  for (const line of lines) lineWidth(line.text, line.font);
  return labels.map((label, i) => {
    const f = fonts[i]!;
    const title = lineWidth(label.title, f.title);
    if (!label.detail) return { width: Math.ceil(title), height: f.title.lineHeight };
    const detail = lineWidth(label.detail, f.detail);
    return { width: Math.ceil(Math.max(title, detail)), height: f.title.lineHeight + f.detail.lineHeight };
  });
}
