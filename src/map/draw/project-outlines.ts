// Project outlines (parks, clusters, housing…) and road centre lines, styled by kind, with the
// project's name on hover and a callback on click.

import L from "leaflet";
import type { ProjectGeometry } from "@/geo/geometry";
import { isPolygonGeometry } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import { lineLatLngs, polygonLatLngs } from "@/map/leaflet-coords";
import { kindStyle } from "@/map/project-styles";
import { tooltipContent } from "@/map/tooltip-content";

/** What the layer needs of a project. */
export interface ProjectShape {
  readonly id: string;
  readonly kind: ProjectKindId;
  readonly geometry: ProjectGeometry | null;
  /**
   * Hover text, e.g. the project's name and progress, shown as plain text; written when first
   * shown (the province view has a few hundred projects, and translating every text up front
   * delayed its first draw).
   */
  readonly tooltip?: () => string;
}

/** The outlines of `projects` as one group (not yet on a map); `onClick` gets the project's id. */
export function projectOutlines(projects: readonly ProjectShape[], onClick: (projectId: string) => void): L.FeatureGroup {
  const group = L.featureGroup();
  for (const project of projects) {
    if (!project.geometry) continue;
    const style = kindStyle(project.kind);
    const options = { color: style.color, weight: style.weight, dashArray: style.dashArray, opacity: 0.95 };
    const layer = isPolygonGeometry(project.geometry)
      ? L.polygon(polygonLatLngs(project.geometry), { ...options, fill: true, fillOpacity: 0 })
      : L.polyline(lineLatLngs(project.geometry), options);
    const { tooltip } = project;
    if (tooltip) layer.bindTooltip(() => tooltipContent(tooltip()), { sticky: true, className: "map-tooltip" });
    layer.on("click", () => onClick(project.id));
    group.addLayer(layer);
  }
  return group;
}
