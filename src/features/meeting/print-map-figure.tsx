// The report's map picture: the province, its districts and the followed projects by kind, at
// a fixed size on the paper, with a legend of the kinds drawn.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { BOUNDARY_ATTRIBUTION, useBoundaries } from "@/data/boundaries-query";
import { useFollowedProjects } from "@/data/projects-query";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS } from "@/domain/project-kinds";
import { geometryBox } from "@/geo/geometry";
import type { PrintMapProject } from "@/map/print-map";
import { PrintMap } from "@/map/print-map";
import { kindStyle } from "@/map/project-styles";

/** The picture's size in CSS pixels: about 160 × 150 mm, what a sheet holds under its heading. */
export const PRINT_MAP_SIZE = { width: 605, height: 567 } as const;

export function PrintMapFigure() {
  const { t } = useTranslation();
  const lang = useLang();
  const boundaries = useBoundaries();
  const projects = useFollowedProjects();
  const drawn = useMemo<PrintMapProject[]>(
    () => (projects.data ?? []).flatMap((p) => (p.geometry ? [{ id: p.id, kind: p.kind, geometry: p.geometry }] : [])),
    [projects.data],
  );
  const province = useMemo(() => boundaries.data?.province.map((b) => b.geometry) ?? [], [boundaries.data]);
  const districts = useMemo(() => boundaries.data?.districts.map((b) => b.geometry) ?? [], [boundaries.data]);
  const box = useMemo(() => (province[0] ? geometryBox(province[0]) : null), [province]);
  if (!boundaries.data || !projects.data) return <LoadingMessage>{t("meeting.print.mapLoading")}</LoadingMessage>;
  const kinds = PROJECT_KINDS.filter((k) => drawn.some((p) => p.kind === k.id));
  return (
    <figure className="print-figure">
      <PrintMap
        label={t("meeting.print.mapLabel")}
        province={province}
        districts={districts}
        attribution={BOUNDARY_ATTRIBUTION}
        projects={drawn}
        box={box}
        width={PRINT_MAP_SIZE.width}
        height={PRINT_MAP_SIZE.height}
      />
      <ul className="print-legend">
        {kinds.map((k) => (
          <li key={k.id}>
            <span className="print-legend__swatch" style={{ borderColor: kindStyle(k.id).color }} aria-hidden="true" />
            {labelIn(k, lang)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
