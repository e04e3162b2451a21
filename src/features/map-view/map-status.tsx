// Small notices over the map: the past day it shows, zoom in to see parcels, parcels loading, or
// a loading error; while parcels are shown, which filters hide some of them; and the deadline
// layer's loading and what it found.

import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Spinner } from "@/components/spinner";
import { useLang } from "@/components/use-lang";
import { useRetryParcelTiles } from "@/data/parcels-in-bbox-query";
import { useRetryParcelTilesAsOf } from "@/data/parcels-as-of-query";
import { formatDate } from "@/domain/format";
import { FilterNotice } from "@/features/map-view/filter-notice";
import type { MapLayersStatus } from "@/features/map-view/map-layers";
import { OfflineCopyBadge } from "@/features/map-view/offline-copy-badge";
import { setFiguresDay, useMapState } from "@/state/map-state";

/** The notices for the current day, zoom, loading state and filters, or nothing. */
export function MapStatus({ status, ref }: { status: MapLayersStatus; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parcelsOn = useMapState((s) => s.layers.has("parcels"));
  const day = useMapState((s) => s.figuresDay);
  const retryToday = useRetryParcelTiles();
  const retryPast = useRetryParcelTilesAsOf();
  const retry = day === null ? retryToday : retryPast;
  const { parcelZoom, parcels, deadlines } = status;
  let content = null;
  if (!parcelsOn) content = null;
  else if (!parcelZoom) content = <p className="map-status__chip">{t("map.zoomHint")}</p>;
  else if (parcels.error || deadlines?.error) {
    content = (
      <div className="map-status__chip map-status__chip--error">
        <span>{t(parcels.error ? "map.parcelsError" : "deadlines.error")}</span>
        <button type="button" className="button button--secondary button--small" onClick={retry}>{t("map.retry")}</button>
      </div>
    );
  } else if (parcels.loading) {
    content = <p className="map-status__chip"><Spinner /> {t("map.loadingParcels")}</p>;
  } else if (deadlines?.loading) {
    content = <p className="map-status__chip"><Spinner /> {t("deadlines.loading")}</p>;
  } else if (parcels.truncated) content = <p className="map-status__chip">{t("map.parcelsTruncated")}</p>;
  else if (deadlines && deadlines.red + deadlines.amber === 0) content = <p className="map-status__chip">{t("deadlines.legendNone")}</p>;
  return (
    <div ref={ref} className="map-status" aria-live="polite">
      {day !== null ? (
        <div className="map-status__chip map-status__chip--day">
          <strong>{t("asOf.mapChip", { date: formatDate(day, lang) })}</strong>
          <button type="button" className="button button--secondary button--small" onClick={() => setFiguresDay(null)}>
            {t("asOf.backToToday")}
          </button>
        </div>
      ) : null}
      <OfflineCopyBadge />
      {parcelsOn && parcelZoom ? <FilterNotice /> : null}
      {content}
    </div>
  );
}
