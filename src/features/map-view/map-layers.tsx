// What React draws inside the map, beside the province view the entry draws for the whole page
// (boundaries, progress gauges, project outlines and labels: src/app/province-view.ts): online
// tiles, corridors and parcels, each shown by the layer switcher and the zoom. The parcels are
// today's (the live parcel store) or, on a past day, that day's read-only ones; with the
// deadline layer on, those with a legal-deadline flag are drawn red or amber.

import { useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { Parcel } from "@/domain/parcel";
import type { ParcelTilesStatus } from "@/data/parcels-in-bbox-query";
import { useProjects } from "@/data/projects-query";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import { CorridorLayer } from "@/map/corridor-layer";
import { useMapState } from "@/state/map-state";
import { OnlineTileLayer } from "@/map/online-tile-layer";
import { ParcelLayer } from "@/map/parcel-layer";
import { parcelSource } from "@/data/parcel-store";
import { parcelSourceAsOf } from "@/data/parcels-as-of-query";
import type { DeadlineStatus } from "@/features/map-view/deadline-flags";
import { useDeadlineFlags } from "@/features/map-view/deadline-flags";
import { useMapZoomAtLeast } from "@/map/use-map-zoom";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";
import { roadShapes } from "@/features/map-view/map-shapes";
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
  /** The deadline layer's loading and counts; null while it is off. */
  readonly deadlines: DeadlineStatus | null;
}

interface MapLayersProps {
  readonly editableUnitIds: ReadonlySet<string> | null;
  readonly tilesFailed: boolean;
  /** Changes to retry the tiles after a failure. */
  readonly tilesAttempt: number;
  readonly onTilesUnavailable: () => void;
  readonly onStatus: (status: MapLayersStatus) => void;
}

/** The layers; renders nothing of its own. */
export function MapLayers(props: MapLayersProps) {
  const { editableUnitIds, tilesFailed, tilesAttempt, onTilesUnavailable, onStatus } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const layers = useMapState((s) => s.layers);
  const day = useMapState((s) => s.figuresDay);
  const lowZoom = !useMapZoomAtLeast(PARCEL_MIN_ZOOM);
  const corridorZoom = useMapZoomAtLeast(CORRIDOR_MIN_ZOOM);
  const projects = useProjects();
  const roads = useMemo(() => roadShapes(projects.data ?? [], t), [projects.data, t]);
  const parcelsOn = layers.has("parcels");
  const { loading, error, truncated } = useParcelLoading(parcelsOn, day);
  const source = useMemo(() => (day === null ? parcelSource : parcelSourceAsOf(day)), [day]);
  const deadlinesOn = parcelsOn && !lowZoom && layers.has("deadlines");
  const deadlines = useDeadlineFlags(deadlinesOn, day);
  const { red, amber } = deadlines.status;
  const deadlineStatus = useMemo(() => (deadlinesOn ? { loading: deadlines.status.loading, error: deadlines.status.error, red, amber } : null),
    [deadlinesOn, deadlines.status.loading, deadlines.status.error, red, amber]);
  useEffect(() => onStatus({ parcelZoom: !lowZoom, parcels: { loading, error, truncated }, deadlines: deadlineStatus }),
    [onStatus, lowZoom, loading, error, truncated, deadlineStatus]);

  const describe = useCallback((parcel: Parcel, selectable: boolean) => {
    const parts = [t("map.parcelTooltip", {
      sheet: parcel.mapSheet, parcel: parcel.parcelNo, stage: labelIn(stageById(parcel.stage), lang),
    })];
    if (parcel.blocked) parts.push(t("map.tooltipBlocked"));
    const flag = deadlines.levels?.get(parcel.id);
    if (flag) parts.push(t(flag === "red" ? "deadlines.tooltipRed" : "deadlines.tooltipAmber"));
    if (editableUnitIds && !selectable) parts.push(t("map.tooltipOutsideArea"));
    return parts.join(" · ");
  }, [t, lang, editableUnitIds, deadlines.levels]);

  return (
    <>
      {layers.has("tiles") && !tilesFailed ? <OnlineTileLayer key={tilesAttempt} onUnavailable={onTilesUnavailable} /> : null}
      <CorridorLayer roads={roads} visible={layers.has("corridor") && corridorZoom} />
      <ParcelLayer source={source} visible={!lowZoom && parcelsOn} editableUnitIds={day === null ? editableUnitIds : null}
        deadlines={deadlines.levels} describe={describe} />
    </>
  );
}
