// The parcel's recorded changes, newest first: when (the day of the act, and when it was
// recorded if that was more than a day apart), from which stage to which, blockers, and the note
// and who recorded it when the caller may see them.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLang } from "@/components/use-lang";
import type { ParcelHistoryEvent } from "@/data/parcel-history-query";
import { useParcelHistory } from "@/data/parcel-history-query";
import { useAccess } from "@/data/use-access";
import { dayInVietnam } from "@/domain/clock";
import { eventDates } from "@/domain/format-timestamp";
import { labelIn } from "@/domain/lang";
import { stageById } from "@/domain/stages";
import { routePath } from "@/state/route-paths";

/** The history section with its loading and error states. */
export function ParcelHistory({ parcelId, version }: { parcelId: string; version: number }) {
  const { t } = useTranslation();
  const history = useParcelHistory(parcelId, version);
  const access = useAccess();
  // the full audit (devices, undo links) is for those who see who changed the parcel: leaders,
  // admins, and the area's officers (their history names the actors)
  const mayAudit = access.roles.includes("leader") || access.roles.includes("admin")
    || (history.data?.some((e) => e.actorEmail !== null) ?? false);
  return (
    <section className="parcel-history" aria-labelledby={`history-${parcelId}`}>
      <h3 id={`history-${parcelId}`} className="parcel-history__title">{t("parcel.historyTitle")}</h3>
      {mayAudit ? (
        <p className="parcel-history__audit">
          <Link href={routePath("audit", { search: new URLSearchParams({ parcel: parcelId }) })}>{t("audit.parcelHistoryLink")}</Link>
        </p>
      ) : null}
      {history.isPending ? (
        <p className="parcel-history__status" role="status">{t("parcel.historyLoading")}</p>
      ) : history.isError ? (
        <p className="parcel-history__status parcel-history__status--error">
          {t("parcel.historyError")}{" "}
          <button type="button" className="button button--ghost button--small" onClick={() => void history.refetch()}>
            {t("parcel.retry")}
          </button>
        </p>
      ) : history.data.length === 0 ? (
        <p className="parcel-history__status">{t("parcel.historyEmpty")}</p>
      ) : (
        <ol className="parcel-history__list">
          {history.data.map((event) => <HistoryItem key={event.eventId} event={event} />)}
        </ol>
      )}
    </section>
  );
}

function HistoryItem({ event }: { event: ParcelHistoryEvent }) {
  const { t } = useTranslation();
  const lang = useLang();
  const from = stageById(event.fromStage);
  const to = stageById(event.toStage);
  const when = eventDates(event.occurredAt, event.recordedAt, lang);
  return (
    <li className="parcel-history__item">
      <span className="parcel-history__dot" style={{ backgroundColor: to.color }} aria-hidden="true" />
      <div>
        <p className="parcel-history__time">
          <time dateTime={when.dayOnly ? dayInVietnam(event.occurredAt) : event.occurredAt.toISOString()}>
            {when.dayOnly ? t("eventDate.historyActOn", { date: when.act }) : when.act}
          </time>
          {when.recorded ? (
            <>
              {" · "}
              <time className="parcel-history__recorded" dateTime={event.recordedAt.toISOString()}>
                {t("eventDate.historyRecorded", { time: when.recorded })}
              </time>
            </>
          ) : null}
        </p>
        <p className="parcel-history__move">
          {from.id === to.id ? t("parcel.historyStageKept", { stage: labelIn(to, lang) }) : `${labelIn(from, lang)} → ${labelIn(to, lang)}`}
        </p>
        {event.blocked ? (
          <p className="parcel-history__blocked">
            {t("parcel.historyBlocked", { reason: event.blockerReason ?? t("parcel.blockerNoReason") })}
            {event.blockerResponsible ? <><br />{t("parcel.historyBlockedResponsible", { who: event.blockerResponsible })}</> : null}
          </p>
        ) : null}
        {event.note ? <p className="parcel-history__note">{t("parcel.historyNote", { note: event.note })}</p> : null}
        {event.actorEmail ? <p className="parcel-history__actor">{t("parcel.historyActor", { email: event.actorEmail })}</p> : null}
      </div>
    </li>
  );
}
