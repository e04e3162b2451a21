// Shapes and labels for the map's layers in the current language (built by map-shapes.ts),
// memoised so layers rebuild only when data changes.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { Boundaries } from "@/data/boundaries-query";
import type { Project } from "@/data/projects-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { CorridorSource } from "@/map/corridor-layer";
import type { MapLabel } from "@/map/draw/labels";
import type { ProgressShape } from "@/map/draw/gauges";
import type { ProjectShape } from "@/map/draw/project-outlines";
import { gaugeShapes, mapLabels, projectShapes, roadShapes, sharesOf } from "@/features/map-view/map-shapes";

/** Everything the map layers draw, ready to hand to them. */
export interface MapShapes {
  readonly projects: readonly ProjectShape[];
  readonly roads: readonly CorridorSource[];
  readonly gauges: readonly ProgressShape[];
  readonly labels: readonly MapLabel[];
}

interface ShapeInputs {
  readonly projects: readonly Project[] | undefined;
  readonly progress: readonly ProgressRow[] | undefined;
  readonly boundaries: Boundaries | undefined;
  readonly showDistrictLabels: boolean;
  readonly showProjectLabels: boolean;
  readonly showShares: boolean;
}

const NO_PROJECTS: readonly Project[] = [];

/** Builds the shapes; empty lists while data is loading. */
export function useMapShapes(inputs: ShapeInputs): MapShapes {
  const { t } = useTranslation();
  const lang = useLang();
  const { projects = NO_PROJECTS, progress, boundaries, showDistrictLabels, showProjectLabels, showShares } = inputs;
  const shares = useMemo(() => sharesOf(progress), [progress]);
  const outlines = useMemo(() => projectShapes(projects, shares, t, lang), [projects, shares, t, lang]);
  const roads = useMemo(() => roadShapes(projects, t), [projects, t]);
  const gauges = useMemo(() => gaugeShapes(projects, shares), [projects, shares]);
  const labels = useMemo(
    () => mapLabels(boundaries, projects, shares, { districts: showDistrictLabels, projects: showProjectLabels, shares: showShares }, lang),
    [boundaries, projects, shares, lang, showDistrictLabels, showProjectLabels, showShares],
  );
  return { projects: outlines, roads, gauges, labels };
}
