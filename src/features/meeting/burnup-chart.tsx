// One target's burn-up chart, drawn by uPlot on a canvas. uPlot and its stylesheet are imported
// when a chart first mounts, so that only the meeting and print pages load them. On screen the
// chart takes its box's width; the print page gives it a fixed size, so that what prints is what
// was drawn (a canvas is not redrawn for the paper). The figure says in words what it shows,
// for readers who cannot see the canvas; `data-ready` tells tests and print that it is drawn.

import { useEffect, useRef, useState } from "react";
import type uPlot from "uplot";
import type { BurnupOptionsInput } from "@/features/meeting/burnup-options";
import { burnupData, burnupOptions } from "@/features/meeting/burnup-options";

type UPlotClass = typeof uPlot;
let loading: Promise<UPlotClass> | null = null;

/** uPlot, loaded once for every chart of the page. */
function loadUPlot(): Promise<UPlotClass> {
  loading ??= Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([m]) => m.default);
  return loading;
}

export interface BurnupChartProps extends Omit<BurnupOptionsInput, "width"> {
  /** A fixed width in CSS pixels (print); without it, the chart follows its box's width. */
  readonly width?: number;
  /** What the chart shows, in words. */
  readonly description: string;
}

/** Follows the width of `ref`'s element unless `fixed` is given. */
function useBoxWidth(ref: React.RefObject<HTMLElement | null>, fixed: number | undefined): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return function stopObserving() {
      observer.disconnect();
    };
  }, [ref, fixed]);
  return fixed ?? width;
}

export function BurnupChart(props: BurnupChartProps) {
  const { width: fixedWidth, description, ...rest } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(boxRef, fixedWidth);
  const [ready, setReady] = useState(false);
  const { series, height, lang, labels, unit, fontFamily } = rest;

  useEffect(() => {
    const target = plotRef.current;
    if (!target || width === null || width <= 0) return undefined;
    let plot: uPlot | null = null;
    let cancelled = false;
    void loadUPlot().then((UPlot) => {
      if (cancelled) return;
      const options = burnupOptions({ series, height, lang, labels, unit, fontFamily, width });
      plot = new UPlot(options, burnupData(series), target);
      setReady(true);
    });
    return function destroyPlot() {
      cancelled = true;
      plot?.destroy();
      setReady(false);
    };
  }, [series, height, lang, labels, unit, fontFamily, width]);

  return (
    <figure className="burnup-chart" ref={boxRef} style={fixedWidth ? { width: fixedWidth } : undefined}>
      <div
        className="burnup-chart__plot"
        ref={plotRef}
        role="img"
        aria-label={description}
        data-ready={ready ? "true" : "false"}
        style={{ height: height + 8 }}
      />
    </figure>
  );
}
