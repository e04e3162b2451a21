// Shapes and labels for the map's layers, derived from the projects, their progress and the
// boundaries, in the current language. Memoised so layers rebuild only when data changes.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { Boundaries } from "@/data/boundaries-query";
import type { Project } from "@/data/projects-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { LonLat } from "@/geo/geometry";
import { isPolygonGeometry } from "@/geo/geometry";
import { labelPoint, lineMidpoint } from "@/geo/label-points";
import type { CorridorSource } from "@/map/corridor-layer";
import type { MapLabel } from "@/map/label-layer";
import type { ProgressShape } from "@/map/progress-layer";
import type { ProjectShape } from "@/map/project-layer";
import { formatPercent } from "@/domain/format";
import { clearedShare } from "@/domain/progress";
import { shortProjectName } from "@/domain/project-names";

/**
 * Label priorities are compared with projects' areas in m²: district names come after the
 * industrial parks (1–7 million m²) and before the smaller projects; Ring Road 4 comes first.
 */
const DISTRICT_PRIORITY = 1e6;
const ROAD_PRIORITY = 1e9;

function anchor(project: Project): LonLat | null {
  if (!project.geometry) return null;
  return isPolygonGeometry(project.geometry) ? labelPoint(project.geometry) : lineMidpoint(project.geometry);
}

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

/** Builds the shapes; empty lists while data is loading. */
export function useMapShapes(inputs: ShapeInputs): MapShapes {
  const { t } = useTranslation();
  const lang = useLang();
  const { projects = [], progress, boundaries, showDistrictLabels, showProjectLabels, showShares } = inputs;

  const shares = useMemo(() => new Map((progress ?? []).map((row) => [row.key, clearedShare(row)])), [progress]);

  const projectShapes = useMemo(() => projects.map((p): ProjectShape => {
    const share = shares.get(p.id);
    const tooltip = share === undefined || share === null
      ? t("map.projectTooltipNoParcels", { name: p.name })
      : t("map.projectTooltip", { name: p.name, share: formatPercent(share, lang) });
    // Demo road alignments are drawn by hand: say so wherever the line is named.
    const schematic = p.isIllustrative && p.geometry !== null && !isPolygonGeometry(p.geometry);
    return { id: p.id, kind: p.kind, geometry: p.geometry, tooltip: schematic ? `${tooltip} (${t("map.schematic")})` : tooltip };
  }), [projects, shares, t, lang]);

  const roads = useMemo(() => projects.flatMap((p): CorridorSource[] =>
    p.geometry && !isPolygonGeometry(p.geometry) && p.corridorWidthM
      ? [{ id: p.id, line: p.geometry, widthM: p.corridorWidthM, tooltip: t("map.corridorTooltip", { name: p.name, width: p.corridorWidthM }) }]
      : []), [projects, t]);

  const gauges = useMemo(() => projects.flatMap((p): ProgressShape[] =>
    p.geometry && isPolygonGeometry(p.geometry) ? [{ id: p.id, outline: p.geometry, share: shares.get(p.id) ?? null }] : []),
  [projects, shares]);

  const labels = useMemo(() => {
    const list: MapLabel[] = [];
    if (showDistrictLabels) {
      for (const d of boundaries?.districts ?? []) {
        const position = labelPoint(d.geometry);
        if (position) list.push({ id: `d-${d.code}`, position, title: d.name, priority: DISTRICT_PRIORITY, variant: "map-label--district" });
      }
    }
    if (showProjectLabels) {
      for (const p of projects) {
        const position = anchor(p);
        if (!position) continue;
        const share = shares.get(p.id);
        list.push({
          id: `p-${p.id}`,
          position,
          title: shortProjectName(p.name),
          detail: showShares && share !== undefined && share !== null ? formatPercent(share, lang) : undefined,
          priority: p.kind === "ring_road" ? ROAD_PRIORITY : p.areaToClearM2,
          variant: `map-label--project map-label--${p.kind}`,
        });
      }
    }
    return list;
  }, [boundaries, projects, shares, lang, showDistrictLabels, showProjectLabels, showShares]);

  return { projects: projectShapes, roads, gauges, labels };
}
