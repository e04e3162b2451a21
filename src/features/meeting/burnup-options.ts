// uPlot's options for a burn-up chart: the actual value (solid), the projection at the current
// pace (dashed), the band between the target's bounds (shaded, its edges dashed), dates and
// figures written in the page's language. uPlot is only a type here: the library itself is
// loaded on the pages that chart (burnup-chart.tsx).

import type uPlot from "uplot";
import type { Lang } from "@/domain/lang";
import { formatNumber } from "@/domain/format";
import { dateTickLabel, dateTicks, isMonthly } from "@/features/meeting/burnup-axis";
import type { BurnupSeries } from "@/features/meeting/burnup-series";

/** The chart's colours (a canvas cannot read the stylesheet's custom properties). */
export const BURNUP_COLOURS = {
  actual: "#0b5f8a", // --color-primary
  projection: "#b35c00",
  bound: "#1a6b34", // --color-cleared-text
  band: "rgba(35, 139, 69, 0.12)",
  grid: "#d5dce3", // --color-border
  text: "#1b2733", // --color-text
} as const;

export interface BurnupOptionsInput {
  readonly series: BurnupSeries;
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  /** The legend's words, for the series' labels. */
  readonly labels: { readonly actual: string; readonly projection: string; readonly min: string; readonly max: string };
  /** The y axis's unit ("ha", "%", "cụm"). */
  readonly unit: string;
  readonly fontFamily: string;
}

/** The highest value the chart must show, with room above it. */
function yMax(series: BurnupSeries): number {
  const values = [...series.actual, ...series.projection, ...series.min, ...series.max]
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const top = Math.max(1, ...values);
  return top * 1.1;
}

/** uPlot's options for `input.series`. */
export function burnupOptions(input: BurnupOptionsInput): uPlot.Options {
  const { series, lang, labels, fontFamily } = input;
  const start = series.x[0] ?? 0;
  const end = series.x[series.x.length - 1] ?? start + 1;
  const monthly = isMonthly(start, end);
  const font = `12px ${fontFamily}`;
  const axisCommon = { stroke: BURNUP_COLOURS.text, font, grid: { stroke: BURNUP_COLOURS.grid, width: 1 }, ticks: { show: false } };
  return {
    width: input.width,
    height: input.height,
    legend: { show: false }, // the card's own legend reads better and prints
    cursor: { show: false },
    scales: {
      x: { time: false, range: [start, Math.max(end, start + 1)] },
      y: { range: [0, yMax(series)] },
    },
    axes: [
      {
        ...axisCommon,
        size: 30, // one line of dates: uPlot's default leaves a gap under it
        splits: () => dateTicks(start, end, Math.max(2, Math.floor(input.width / 90))),
        values: (_u, splits) => splits.map((n) => dateTickLabel(n, lang, monthly)),
      },
      {
        ...axisCommon,
        size: 56,
        label: input.unit,
        labelFont: font,
        labelSize: 18,
        values: (_u, splits) => {
          const digits = splits.every((v) => Number.isInteger(Math.round(v * 1e6) / 1e6)) ? 0 : 1;
          return splits.map((v) => formatNumber(v, lang, digits));
        },
      },
    ],
    series: [
      {},
      { label: labels.actual, stroke: BURNUP_COLOURS.actual, width: 2.5, points: { show: false }, spanGaps: true },
      { label: labels.projection, stroke: BURNUP_COLOURS.projection, width: 2, dash: [8, 5], points: { show: false }, spanGaps: true },
      { label: labels.min, stroke: BURNUP_COLOURS.bound, width: 1.5, dash: [4, 4], points: { show: false }, show: series.hasMin },
      { label: labels.max, stroke: BURNUP_COLOURS.bound, width: 1, dash: [2, 3], points: { show: false }, show: series.hasMax },
    ],
    bands: series.hasMin && series.hasMax ? [{ series: [4, 3], fill: BURNUP_COLOURS.band }] : [],
  };
}

/** The aligned data uPlot draws, in the order of burnupOptions' series. */
export function burnupData(series: BurnupSeries): uPlot.AlignedData {
  return [series.x, series.actual, series.projection, series.min, series.max];
}
