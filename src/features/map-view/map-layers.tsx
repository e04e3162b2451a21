// Everything drawn inside the map: basemap, online tiles, corridors, progress gauges, project
// outlines, parcels and labels, each shown by the layer switcher and the zoom.

import { useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMap } from "react-leaflet";
import { useLang } from "@/components/use-lang";
import { BOUNDARY_ATTRIBUTION, useBoundaries } from "@/data/boundaries-query";
import type { Parcel } from "@/domain/parcel";
import type { ParcelTilesStatus } from "@/data/parcels-in-bbox-query";
import { useProjects } from "@/data/projects-query";
import { useProgressSummary } from "@/data/progress-summary-query";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import { BoundaryLayer } from "@/map/boundary-layer";
import { CorridorLayer } from "@/map/corridor-layer";
import { removeEarlyLayers } from "@/map/early-map";
import { LabelLayer } from "@/map/label-layer";
import { requestFlyTo, useMapState } from "@/state/map-state";
import { OnlineTileLayer } from "@/map/online-tile-layer";
import { ParcelLayer } from "@/map/parcel-layer";
import { parcelSource } from "@/data/parcel-store";
import { ProgressLayer } from "@/map/progress-layer";
import { ProjectLayer } from "@/map/project-layer";
import { useMapZoomAtLeast } from "@/map/use-map-zoom";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";
import { useFitProvince } from "@/features/map-view/use-fit-province";
import { useMapShapes } from "@/features/map-view/use-map-shapes";
import { useParcelLoading } from "@/features/map-view/use-parcel-loading";

/**
 * Corridors (about 120 m wide) are under a pixel wide at province zoom: they are drawn, and
 * turf's buffer code loaded, only from this zoom on.
 */
const CORRIDOR_MIN_ZOOM = 12;

/** What the layers tell the overlays outside the map. */
export interface MapLayersStatus {
  /** Zoomed in far enough to draw parcels (PARCEL_MIN_ZOOM). */
  readonly parcelZoom: boolean;
  readonly parcels: ParcelTilesStatus;
}

interface MapLayersProps {
  readonly editableUnitIds: ReadonlySet<string> | null;
  readonly tilesFailed: boolean;
  /** Changes to retry the tiles after a failure. */
  readonly tilesAttempt: number;
  readonly onTilesUnavailable: () => void;
  readonly onStatus: (status: MapLayersStatus) => void;
  /** Width (px) covered by floating controls on the right, kept clear when fitting the province. */
  readonly controlsWidth: () => number;
}

/**
 * Takes the layers of a view drawn before React off the map once these layers have drawn the
 * same data: effects of the layer components run before this one, so no frame shows neither.
 */
function useEarlyLayersReplaced(drawn: boolean): void {
  const map = useMap();
  useEffect(() => {
    if (drawn) removeEarlyLayers(map);
  }, [map, drawn]);
}

/** The layers; renders nothing of its own. */
export function MapLayers(props: MapLayersProps) {
  const { editableUnitIds, tilesFailed, tilesAttempt, onTilesUnavailable, onStatus, controlsWidth } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const layers = useMapState((s) => s.layers);
  const lowZoom = !useMapZoomAtLeast(PARCEL_MIN_ZOOM);
  const corridorZoom = useMapZoomAtLeast(CORRIDOR_MIN_ZOOM);
  const boundaries = useBoundaries();
  const projects = useProjects();
  const progress = useProgressSummary("project");
  useFitProvince(boundaries.data, controlsWidth);
  useEarlyLayersReplaced(boundaries.data !== undefined && projects.data !== undefined && progress.data !== undefined);
  const shapes = useMapShapes({
    projects: projects.data,
    progress: progress.data,
    boundaries: boundaries.data,
    showDistrictLabels: layers.has("districts"),
    showProjectLabels: layers.has("projects") || layers.has("progress"),
    showShares: layers.has("progress"),
  });
  const { loading, error, truncated } = useParcelLoading(layers.has("parcels"));
  useEffect(() => onStatus({ parcelZoom: !lowZoom, parcels: { loading, error, truncated } }), [onStatus, lowZoom, loading, error, truncated]);
  const province = useMemo(() => boundaries.data?.province.map((b) => b.geometry) ?? [], [boundaries.data]);
  const districts = useMemo(() => boundaries.data?.districts.map((b) => b.geometry) ?? [], [boundaries.data]);

  const describe = useCallback((parcel: Parcel, selectable: boolean) => {
    const parts = [t("map.parcelTooltip", {
      sheet: parcel.mapSheet, parcel: parcel.parcelNo, stage: labelIn(stageById(parcel.stage), lang),
    })];
    if (parcel.blocked) parts.push(t("map.tooltipBlocked"));
    if (editableUnitIds && !selectable) parts.push(t("map.tooltipOutsideArea"));
    return parts.join(" · ");
  }, [t, lang, editableUnitIds]);

  const zoomToProject = useCallback((projectId: string) => {
    const bounds = projects.data?.find((p) => p.id === projectId)?.bounds;
    if (bounds && lowZoom) requestFlyTo(bounds);
  }, [projects.data, lowZoom]);

  return (
    <>
      {layers.has("tiles") && !tilesFailed ? <OnlineTileLayer key={tilesAttempt} onUnavailable={onTilesUnavailable} /> : null}
      {boundaries.data ? (
        <BoundaryLayer
          province={province}
          districts={districts}
          showDistricts={layers.has("districts")}
          filled={tilesFailed || !layers.has("tiles")}
          attribution={BOUNDARY_ATTRIBUTION}
        />
      ) : null}
      <CorridorLayer roads={shapes.roads} visible={layers.has("corridor") && corridorZoom} />
      <ProgressLayer shapes={shapes.gauges} visible={lowZoom && layers.has("progress")} />
      <ProjectLayer projects={shapes.projects} visible={layers.has("projects")} onSelect={zoomToProject} />
      <ParcelLayer source={parcelSource} visible={!lowZoom && layers.has("parcels")} editableUnitIds={editableUnitIds} describe={describe} />
      <LabelLayer labels={shapes.labels} visible={lowZoom} />
    </>
  );
}
