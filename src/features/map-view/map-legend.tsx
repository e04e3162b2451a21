// The legend, built from the one stage table and the project kinds on the map, plus the
// marks for blocked, selected and focused parcels, corridors, districts and progress gauges.
// It explains what the current zoom shows: parcels by stage when zoomed in, projects by kind
// and their progress when zoomed out.

import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useProjects } from "@/data/projects-query";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS } from "@/domain/project-kinds";
import { STAGES } from "@/domain/stages";
import { BLOCKED_COLOR, DEADLINE_AMBER, DEADLINE_FADED_OPACITY, DEADLINE_RED, FOCUSED_COLOR, SELECTED_COLOR } from "@/map/parcel-style";
import { useMapState } from "@/state/map-state";
import { CORRIDOR_FILL, PROGRESS_FILL, kindStyle } from "@/map/project-styles";

interface MapLegendProps {
  readonly defaultOpen: boolean;
  /** True when parcels are drawn (zoomed in). */
  readonly parcelsShown: boolean;
}

/** A disclosure panel with the legend; open at first on wide screens. */
export function MapLegend({ defaultOpen, parcelsShown }: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <details className="map-panel map-legend" open={defaultOpen}>
      <summary className="map-panel__summary">{t("map.legendTitle")}</summary>
      <div className="map-panel__body">{parcelsShown ? <ParcelKey /> : <ProjectKey />}</div>
    </details>
  );
}

function Swatch({ className = "", style }: { className?: string; style?: CSSProperties }) {
  return <span className={`map-legend__swatch ${className}`.trim()} style={style} aria-hidden="true" />;
}

function LineSwatch({ color, dash, width }: { color: string; dash: string | undefined; width: number }) {
  return (
    <svg className="map-legend__line" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <path d="M2 6h24" stroke={color} strokeWidth={width} strokeDasharray={dash} fill="none" />
    </svg>
  );
}

/** Parcels: stage colours and the marks for blocked, selected and focused parcels. */
function ParcelKey() {
  const { t } = useTranslation();
  const lang = useLang();
  const deadlinesOn = useMapState((s) => s.layers.has("deadlines"));
  return (
    <>
      {deadlinesOn ? <DeadlineKey /> : null}
      <h3 className="map-legend__heading">{t("map.legendStages")}</h3>
      <ul className="map-legend__list">
        {STAGES.map((stage) => (
          <li key={stage.id}>
            <Swatch style={{ backgroundColor: stage.color }} />
            {labelIn(stage, lang)}
          </li>
        ))}
        <li>
          <Swatch className="map-legend__swatch--blocked" style={{ borderColor: BLOCKED_COLOR }} />
          {t("map.legendBlocked")}
        </li>
        <li>
          <Swatch className="map-legend__swatch--outline" style={{ borderColor: SELECTED_COLOR }} />
          {t("map.legendSelected")}
        </li>
        <li>
          <Swatch className="map-legend__swatch--outline" style={{ borderColor: FOCUSED_COLOR }} />
          {t("map.legendFocused")}
        </li>
        <li>
          <Swatch style={{ backgroundColor: CORRIDOR_FILL }} />
          {t("map.legendCorridor")}
        </li>
      </ul>
    </>
  );
}

/** The deadline layer's colours: red, amber, and the other parcels faded. */
function DeadlineKey() {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="map-legend__heading">{t("deadlines.legendTitle")}</h3>
      <ul className="map-legend__list">
        <li>
          <Swatch style={{ backgroundColor: DEADLINE_RED }} />
          {t("deadlines.legendRed")}
        </li>
        <li>
          <Swatch style={{ backgroundColor: DEADLINE_AMBER }} />
          {t("deadlines.legendAmber")}
        </li>
        <li>
          <Swatch style={{ backgroundColor: "#7f8c8d", opacity: DEADLINE_FADED_OPACITY + 0.15 }} />
          {t("deadlines.legendOther")}
        </li>
      </ul>
    </>
  );
}

/** Projects: the progress gauge, the kinds present on the map, corridors and districts. */
function ProjectKey() {
  const { t } = useTranslation();
  const lang = useLang();
  const projects = useProjects();
  const kindsShown = new Set(projects.data?.map((p) => p.kind) ?? []);
  return (
    <>
      <ul className="map-legend__list">
        <li>
          <Swatch className="map-legend__swatch--gauge" style={{ color: PROGRESS_FILL }} />
          {t("map.legendProgress")}
        </li>
      </ul>
      <h3 className="map-legend__heading">{t("map.legendKinds")}</h3>
      <ul className="map-legend__list">
        {PROJECT_KINDS.filter((kind) => kindsShown.has(kind.id)).map((kind) => {
          const style = kindStyle(kind.id);
          return (
            <li key={kind.id}>
              <LineSwatch color={style.color} dash={style.dashArray} width={style.weight} />
              {labelIn(kind, lang)}
            </li>
          );
        })}
        <li>
          <Swatch style={{ backgroundColor: CORRIDOR_FILL }} />
          {t("map.legendCorridor")}
        </li>
        <li>
          <LineSwatch color="#6b7b88" dash="6 4" width={1.5} />
          {t("map.legendDistrict")}
        </li>
      </ul>
    </>
  );
}
