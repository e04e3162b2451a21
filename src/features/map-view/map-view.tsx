// The map screen's map: the page's one Leaflet map (with the province view the entry draws on
// it) hosted here with React's layers, the layer switcher, the legend and the loading notice.
// Other features put their own map tools inside it as `children`.

import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ScreenBox } from "@/geo/label-placement";
import type { MapHandle } from "@/map/map-handle";
import { MapFrame } from "@/map/map-frame";
import { useCoveredBy } from "@/map/use-covered-by";
import { LayerSwitcher } from "@/features/map-view/layer-switcher";
import type { MapLayersStatus } from "@/features/map-view/map-layers";
import { MapLayers } from "@/features/map-view/map-layers";
import { MapLegend } from "@/features/map-view/map-legend";
import { MapStatus } from "@/features/map-view/map-status";
import "@/features/map-view/map-view.css";

export interface MapViewProps {
  /** The page's map (src/app/province-view.ts). */
  readonly map: MapHandle;
  /**
   * Admin units whose parcels the user may select (my_access().editable_unit_ids); null or
   * empty for the public and leaders. Parcels elsewhere are drawn alike but not selectable.
   */
  readonly editableUnitIds?: readonly string[] | null;
  /** More of the screen that floats over the map (outside this view), kept clear of labels. */
  readonly covering?: () => readonly Element[];
  /**
   * Rendered inside the Leaflet map container, so react-leaflet's useMap() works there: e.g.
   * the officer's box and lasso selection. DOM they render lies over the map.
   */
  readonly children?: ReactNode;
}

// Only in builds for `npm run bench:map` (VITE_BENCH_HOOKS=1); other builds drop it entirely.
const BenchHooks = import.meta.env.VITE_BENCH_HOOKS === "1" ? lazy(() => import("@/features/map-view/bench-hooks")) : null;

const INITIAL_STATUS: MapLayersStatus = { parcelZoom: false, parcels: { loading: false, error: null, truncated: false }, deadlines: null };
const NOTHING_MORE = () => [];

function wideScreen(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(min-width: 900px)").matches === true;
}

/** The map with its controls. */
export function MapView({ map, editableUnitIds = null, covering = NOTHING_MORE, children }: MapViewProps) {
  const { t } = useTranslation();
  const editable = useMemo(() => (editableUnitIds && editableUnitIds.length > 0 ? new Set(editableUnitIds) : null), [editableUnitIds]);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [tilesAttempt, setTilesAttempt] = useState(0);
  const [status, setStatus] = useState<MapLayersStatus>(INITIAL_STATUS);
  const [legendOpen] = useState(wideScreen);
  const controls = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const onTilesUnavailable = useCallback(() => setTilesFailed(true), []);
  const retryTiles = useCallback(() => {
    setTilesFailed(false);
    setTilesAttempt((n) => n + 1);
  }, []);
  useEffect(() => map.setTilesFailed(tilesFailed), [map, tilesFailed]);
  // the panels one by one (the column around them is wider than the narrower ones)
  const overMap = useCallback(() => [
    ...(controls.current?.children ?? []), ...(notice.current ? [notice.current] : []), ...covering(),
  ], [covering]);
  const onCovered = useCallback((boxes: readonly ScreenBox[]) => {
    map.setCovered(boxes);
    // measured with the boxes, when the layout is done; not once unmounted (the map is detached)
    if (controls.current?.isConnected) map.setControlsWidth(controls.current.offsetWidth);
  }, [map]);
  useCoveredBy(map.map, overMap, onCovered);
  return (
    <div className="map-view">
      <MapFrame map={map.map} label={t("map.label")} zoomInLabel={t("map.zoomIn")} zoomOutLabel={t("map.zoomOut")}>
        <MapLayers
          editableUnitIds={editable}
          tilesFailed={tilesFailed}
          tilesAttempt={tilesAttempt}
          onTilesUnavailable={onTilesUnavailable}
          onStatus={setStatus}
        />
        {children}
        {BenchHooks ? (
          <Suspense fallback={null}>
            <BenchHooks />
          </Suspense>
        ) : null}
      </MapFrame>
      <div ref={controls} className="map-view__controls">
        <LayerSwitcher tilesFailed={tilesFailed} onRetryTiles={retryTiles} />
        <MapLegend defaultOpen={legendOpen} parcelsShown={status.parcelZoom} />
      </div>
      <MapStatus ref={notice} status={status} />
    </div>
  );
}
