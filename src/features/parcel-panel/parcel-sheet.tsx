// One parcel's details: identity, area, land type, stage track, blocker, legal-deadline flags,
// personal data and its land users (only when the API returns them) and history. On a past day the stage and blocker
// are those at the end of that day (use-parcel-on-day.ts), and say so. Shows the parcel store's parcel, which the panel's own
// row, the viewport loads, the change feed and the officer's sends all keep current; the row is
// fetched again only when the store's newer version lacks a field the panel shows.

import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import type { Parcel } from "@/domain/parcel";
import { useParcel, useServerParcel } from "@/data/parcel-store";
import { useParcelDetail } from "@/data/parcel-detail-query";
import { focusParcel } from "@/state/map-state";
import { BlockerNotice } from "@/features/parcel-panel/blocker-notice";
import { ParcelFacts } from "@/features/parcel-panel/parcel-facts";
import { ParcelHistory } from "@/features/parcel-panel/parcel-history";
import { PrivateFacts } from "@/features/parcel-panel/private-facts";
import { ParcelHolders } from "@/features/parcel-panel/parcel-holders";
import { EventFiles } from "@/features/parcel-panel/event-files";
import { StageTrack } from "@/features/parcel-panel/stage-track";
import { useSheetFocus } from "@/features/parcel-panel/use-sheet-focus";
import { DeadlineList } from "@/features/parcel-panel/deadline-list";
import { useParcelOnDay } from "@/features/parcel-panel/use-parcel-on-day";
import { useLang } from "@/components/use-lang";
import { formatDate } from "@/domain/format";

/** True when the panel shows a field of `parcel` that no source has loaded at its version. */
function lacksShownField(parcel: Parcel): boolean {
  return parcel.mapSheet === undefined || parcel.parcelNo === undefined || parcel.landType === undefined ||
    (parcel.blocked && (parcel.blockerReason === undefined || parcel.blockerResponsible === undefined));
}

/** The panel's frame and content for one parcel. */
export function ParcelSheet({ parcelId }: { parcelId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useParcelDetail(parcelId);
  const stored = useParcel(parcelId);
  // The history is asked for by the server's version: an edit still on its way is not in it yet.
  const serverVersion = useServerParcel(parcelId)?.version ?? 0;
  // A parcel the row said does not exist is not shown, even if a stale source still has it.
  const parcel = detail.data === null ? null : (stored ?? null);
  // The row's version is older than the store's and the store lacks what the panel shows: ask again.
  const refetchNeeded = Boolean(parcel && detail.data && detail.data.version < parcel.version && lacksShownField(parcel));
  const { refetch } = detail;
  useEffect(() => {
    if (refetchNeeded) void refetch();
  }, [refetchNeeded, refetch]);
  useSheetFocus(panel, heading, () => focusParcel(null));
  const onDay = useParcelOnDay(parcelId, parcel ?? undefined);
  const shown = onDay.parcel;

  const title = parcel?.mapSheet !== undefined ? t("parcel.title", { sheet: parcel.mapSheet, parcel: parcel.parcelNo }) : t("parcel.panelLabel");
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
            {onDay.pastDay !== null ? (
              <p className="past-stage-note">{t("asOf.parcelStage", { date: formatDate(onDay.pastDay, lang) })}</p>
            ) : null}
            {shown ? <StageTrack stage={shown.stage} /> : <LoadingMessage>{t("parcel.loading")}</LoadingMessage>}
            {shown?.blocked ? <BlockerNotice parcel={shown} /> : null}
            <DeadlineList row={onDay.timeline} day={onDay.day} past={onDay.pastDay !== null}
              loading={onDay.timelineLoading} failed={onDay.timelineFailed} />
            <PrivateFacts parcelId={parcel.id} />
            <ParcelHolders parcelId={parcel.id} adminUnitId={parcel.adminUnitId} />
            <EventFiles parcelId={parcel.id} adminUnitId={parcel.adminUnitId} />
            <ParcelHistory parcelId={parcel.id} version={serverVersion} />
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
