// Small notices over the map: zoom in to see parcels, parcels loading, or a loading error; and,
// while parcels are shown, which filters hide some of them.

import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Spinner } from "@/components/spinner";
import { useRetryParcelTiles } from "@/data/parcels-in-bbox-query";
import { FilterNotice } from "@/features/map-view/filter-notice";
import type { MapLayersStatus } from "@/features/map-view/map-layers";
import { useMapState } from "@/state/map-state";

/** The notices for the current zoom, loading state and filters, or nothing. */
export function MapStatus({ status, ref }: { status: MapLayersStatus; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const parcelsOn = useMapState((s) => s.layers.has("parcels"));
  const retry = useRetryParcelTiles();
  const { parcelZoom, parcels } = status;
  let content = null;
  if (!parcelsOn) content = null;
  else if (!parcelZoom) content = <p className="map-status__chip">{t("map.zoomHint")}</p>;
  else if (parcels.error) {
    content = (
      <div className="map-status__chip map-status__chip--error">
        <span>{t("map.parcelsError")}</span>
        <button type="button" className="button button--secondary button--small" onClick={retry}>{t("map.retry")}</button>
      </div>
    );
  } else if (parcels.loading) {
    content = <p className="map-status__chip"><Spinner /> {t("map.loadingParcels")}</p>;
  } else if (parcels.truncated) content = <p className="map-status__chip">{t("map.parcelsTruncated")}</p>;
  return (
    <div ref={ref} className="map-status" aria-live="polite">
      {parcelsOn && parcelZoom ? <FilterNotice /> : null}
      {content}
    </div>
  );
}
