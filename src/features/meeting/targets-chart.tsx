// A target's burn-up chart with its legend in words: the chart (burnup-chart.tsx) draws the
// actual value, the projection at the current pace and the band; the legend beside it is HTML,
// so that it reads, translates and prints like the rest of the page.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { Burnup } from "@/domain/burnup";
import { formatDate } from "@/domain/format";
import type { BurnupPoint } from "@/domain/meeting-types";
import type { TargetProgress } from "@/domain/targets";
import { targetName } from "@/domain/targets";
import { BurnupChart } from "@/features/meeting/burnup-chart";
import { BURNUP_COLOURS } from "@/features/meeting/burnup-options";
import { burnupSeries } from "@/features/meeting/burnup-series";
import { formatTargetBound, formatTargetValue } from "@/components/target-words";
import { chartUnit } from "@/features/meeting/targets-text";

interface TargetsChartProps {
  readonly target: TargetProgress;
  readonly points: readonly BurnupPoint[];
  readonly burnup: Burnup;
  readonly height: number;
  /** A fixed width (print); the box's width otherwise. */
  readonly width?: number;
  readonly fontFamily: string;
}

export function TargetsChart({ target, points, burnup, height, width, fontFamily }: TargetsChartProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const series = useMemo(() => burnupSeries(target, points, burnup), [target, points, burnup]);
  const labels = useMemo(() => ({
    actual: t("meeting.targets.legend.actual"),
    projection: t("meeting.targets.legend.projection"),
    min: t("meeting.targets.legend.min"),
    max: t("meeting.targets.legend.max"),
  }), [t]);
  const words = { t, lang };
  const description = t("meeting.targets.chartDescription", {
    name: targetName(target, lang),
    start: formatDate(burnup.span.start, lang),
    end: formatDate(burnup.span.end, lang),
    actual: formatTargetValue(target, burnup.current, words),
    band: formatTargetBound(target, words) || t("meeting.targets.none"),
  });
  const entries = [
    { key: "actual", label: labels.actual, colour: BURNUP_COLOURS.actual, style: "solid", shown: true },
    { key: "projection", label: labels.projection, colour: BURNUP_COLOURS.projection, style: "dashed", shown: burnup.projection.length > 0 },
    { key: "min", label: labels.min, colour: BURNUP_COLOURS.bound, style: "dashed", shown: series.hasMin },
    { key: "max", label: labels.max, colour: BURNUP_COLOURS.bound, style: "dotted", shown: series.hasMax },
  ].filter((e) => e.shown);
  return (
    <div className="mt-chart">
      <BurnupChart
        series={series}
        height={height}
        width={width}
        lang={lang}
        labels={labels}
        unit={chartUnit(target, words)}
        fontFamily={fontFamily}
        description={description}
      />
      <ul className="mt-chart__legend">
        {entries.map((e) => (
          <li key={e.key}>
            <span className={`mt-chart__swatch mt-chart__swatch--${e.style}`} style={{ borderColor: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
