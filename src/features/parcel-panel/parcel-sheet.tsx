// One parcel's details: identity, area, land type, stage track, blocker, personal data (only
// when the API returns it) and history. Shows the newest of the fetched row and the cache
// (which the change feed and the officer's changes keep current).

import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import type { Parcel } from "@/domain/parcel";
import { useCachedParcel } from "@/data/parcel-cache";
import { useParcelDetail } from "@/data/parcel-detail-query";
import { focusParcel } from "@/state/map-state";
import { BlockerNotice } from "@/features/parcel-panel/blocker-notice";
import { ParcelFacts } from "@/features/parcel-panel/parcel-facts";
import { ParcelHistory } from "@/features/parcel-panel/parcel-history";
import { PrivateFacts } from "@/features/parcel-panel/private-facts";
import { StageTrack } from "@/features/parcel-panel/stage-track";
import { useSheetFocus } from "@/features/parcel-panel/use-sheet-focus";

/** The parcel to show: the cached one when newer than the fetched row, else the row. */
function newest(row: Parcel | null | undefined, cached: Parcel | undefined): Parcel | null {
  if (cached && (!row || cached.version > row.version)) {
    // A viewport load does not carry the blocker's reason: keep the row's while still blocked.
    const sameBlocker = row && cached.blocked && row.blocked && cached.blockerReason === null;
    return sameBlocker ? { ...cached, blockerReason: row.blockerReason, blockerResponsible: row.blockerResponsible } : cached;
  }
  return row ?? null;
}

/** The panel's frame and content for one parcel. */
export function ParcelSheet({ parcelId }: { parcelId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useParcelDetail(parcelId);
  const cached = useCachedParcel(parcelId);
  const parcel = newest(detail.data, cached);
  const stale = Boolean(cached && detail.data && cached.version > detail.data.version);
  const { refetch } = detail;
  useEffect(() => {
    if (stale) void refetch();
  }, [stale, refetch]);
  useSheetFocus(panel, heading, () => focusParcel(null));

  const title = parcel ? t("parcel.title", { sheet: parcel.mapSheet, parcel: parcel.parcelNo }) : t("parcel.panelLabel");
  return (
    <section ref={panel} className="parcel-sheet" aria-labelledby={titleId}>
      <header className="parcel-sheet__header">
        <span className="parcel-sheet__grip" aria-hidden="true" />
        <h2 id={titleId} ref={heading} tabIndex={-1} className="parcel-sheet__title">{title}</h2>
        <button type="button" className="parcel-sheet__close" onClick={() => focusParcel(null)} aria-label={t("parcel.close")}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="parcel-sheet__body">
        {parcel ? (
          <>
            <ParcelFacts parcel={parcel} />
            <StageTrack stage={parcel.stage} />
            {parcel.blocked ? <BlockerNotice parcel={parcel} /> : null}
            <PrivateFacts parcelId={parcel.id} />
            <ParcelHistory parcelId={parcel.id} version={parcel.version} />
          </>
        ) : detail.isPending ? (
          <LoadingMessage>{t("parcel.loading")}</LoadingMessage>
        ) : detail.isError ? (
          <ErrorMessage title={t("parcel.error")} details={detail.error.message} detailsLabel={t("parcel.details")}
            retryLabel={t("parcel.retry")} onRetry={() => void refetch()} />
        ) : (
          <p className="parcel-sheet__missing" role="status">{t("parcel.notFound")}</p>
        )}
      </div>
    </section>
  );
}
