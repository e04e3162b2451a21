// Shapes and labels for the map's layers, derived from the projects, their progress and the
// boundaries, in a language: plain functions, used by the province view the entry draws
// (src/app/province-view.ts) and by the React layers beside it (map-layers.tsx: the corridors).

import type { TFunction } from "i18next";
import type { Boundaries } from "@/data/boundaries-query";
import type { Project } from "@/data/projects-query";
import type { ProgressRow } from "@/data/progress-summary-query";
import type { Lang } from "@/domain/lang";
import type { LonLat } from "@/geo/geometry";
import { isPolygonGeometry } from "@/geo/geometry";
import { labelPoint, lineMidpoint } from "@/geo/label-points";
import type { CorridorSource } from "@/map/corridor-layer";
import type { MapLabel } from "@/map/map-label";
import type { ProgressShape } from "@/map/draw/gauges";
import type { ProjectShape } from "@/map/draw/project-outlines";
import { formatPercent, formatWholePercent } from "@/domain/format";
import { clearedShareOf } from "@/domain/progress";
import { labelIn } from "@/domain/lang";
import { RETIRED_MARK, shortProjectName } from "@/domain/project-names";

/**
 * Label priorities are compared with projects' areas in m²: district names come after the
 * industrial parks (1–7 million m²) and before the smaller projects; Ring Road 4 comes first.
 */
const DISTRICT_PRIORITY = 1e6;
const ROAD_PRIORITY = 1e9;

/** A project's progress as the map shows it. */
export interface ProjectProgress {
  /** Cleared share of the legal area to clear (0..1); null while no parcel is entered. */
  readonly share: number | null;
  /** The parcels entered as a share of the legal area, when they cover less than it (else null). */
  readonly partialEntry: number | null;
}

/** Each project's progress by project id. */
export type Shares = ReadonlyMap<string, ProjectProgress>;

function anchor(project: Project): LonLat | null {
  if (!project.geometry) return null;
  return isPolygonGeometry(project.geometry) ? labelPoint(project.geometry) : lineMidpoint(project.geometry);
}

/**
 * Each project's progress, from the progress rows by project: the share of its legal area to
 * clear (src/domain/progress.ts). A project without parcels shows no share, as before parcels
 * counted: "0 %" there would read as measured when nothing is entered yet.
 */
export function sharesOf(progress: readonly ProgressRow[] | undefined): Shares {
  return new Map((progress ?? []).map((row): [string, ProjectProgress] => {
    const { share, partialEntry } = clearedShareOf(row);
    return [row.key, row.parcels > 0 ? { share, partialEntry } : { share: null, partialEntry: null }];
  }));
}

/** A project's hover text: its name and progress (`progress` from sharesOf). */
export function projectTooltip(project: Project, progress: ProjectProgress | undefined, t: TFunction, lang: Lang): string {
  const { share = null, partialEntry = null } = progress ?? {};
  const text = share === null
    ? t("map.projectTooltipNoParcels", { name: project.name })
    : partialEntry === null
      ? t("map.projectTooltip", { name: project.name, share: formatPercent(share, lang) })
      : t("map.projectTooltipPartial", { name: project.name, share: formatPercent(share, lang), entered: formatWholePercent(partialEntry, lang) });
  // Demo road alignments are drawn by hand: say so wherever the line is named.
  const schematic = project.isIllustrative && project.geometry !== null && !isPolygonGeometry(project.geometry);
  const notes = [schematic ? t("map.schematic") : null, project.retiredAt ? labelIn(RETIRED_MARK, lang) : null].filter(Boolean);
  return notes.length > 0 ? `${text} (${notes.join("; ")})` : text;
}

/** Outlines with their hover text, written when first shown (`tooltip`). */
export function projectShapes(projects: readonly Project[], tooltip: (project: Project) => string): ProjectShape[] {
  return projects.map((p): ProjectShape => ({ id: p.id, kind: p.kind, geometry: p.geometry, tooltip: () => tooltip(p) }));
}

/** Road centre lines with a corridor width. */
export function roadShapes(projects: readonly Project[], t: TFunction): CorridorSource[] {
  return projects.flatMap((p): CorridorSource[] =>
    p.geometry && !isPolygonGeometry(p.geometry) && p.corridorWidthM
      ? [{ id: p.id, line: p.geometry, widthM: p.corridorWidthM, tooltip: t("map.corridorTooltip", { name: p.name, width: p.corridorWidthM }) }]
      : []);
}

/** A progress gauge for each project drawn as an area. */
export function gaugeShapes(projects: readonly Project[], shares: Shares): ProgressShape[] {
  return projects.flatMap((p): ProgressShape[] =>
    p.geometry && isPolygonGeometry(p.geometry) ? [{ id: p.id, outline: p.geometry, share: shares.get(p.id)?.share ?? null }] : []);
}

/** Which labels to offer the label placement. */
export interface LabelChoice {
  readonly districts: boolean;
  readonly projects: boolean;
  /** The cleared share under each project's name. */
  readonly shares: boolean;
}

/** District names and project names (with their progress), by priority. */
export function mapLabels(
  boundaries: Boundaries | undefined, projects: readonly Project[], shares: Shares, show: LabelChoice, lang: Lang,
): MapLabel[] {
  const list: MapLabel[] = [];
  if (show.districts) {
    for (const d of boundaries?.districts ?? []) {
      const position = labelPoint(d.geometry);
      if (position) list.push({ id: `d-${d.code}`, position, title: d.name, priority: DISTRICT_PRIORITY, variant: "map-label--district" });
    }
  }
  if (show.projects) {
    for (const p of projects) {
      const position = anchor(p);
      if (!position) continue;
      const share = shares.get(p.id)?.share ?? null;
      list.push({
        id: `p-${p.id}`,
        position,
        // a retired project stays on the map with its history; its name says it is no longer followed
        title: p.retiredAt ? `${shortProjectName(p.name)} (${labelIn(RETIRED_MARK, lang)})` : shortProjectName(p.name),
        detail: show.shares && share !== null ? formatPercent(share, lang) : undefined,
        priority: p.kind === "ring_road" ? ROAD_PRIORITY : p.areaToClearM2,
        variant: `map-label--project map-label--${p.kind}`,
      });
    }
  }
  return list;
}
