// A list of recorded events, newest first: when it was recorded (and when the act happened), who,
// from which device, the parcel's state before → after, the note, and what reverses what. Each
// item has an anchor, so "Hoàn tác sự kiện …" links to the event it reverses when it is listed.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AuditEvent } from "@/domain/audit-types";
import { auditKind, parcelLabel, stateText } from "@/domain/audit-tables";
import { formatTimestamp } from "@/domain/format-timestamp";

/** A short form of an event id for the eye; the full id is in the files and the title. */
function shortId(id: string): string {
  return id.slice(0, 8);
}

export function AuditEventList({ events, showParcel }: { events: readonly AuditEvent[]; showParcel: boolean }) {
  const { t } = useTranslation();
  const listed = new Set(events.map((e) => e.eventId));
  return (
    <ol className="audit-events" aria-label={t("audit.event.listLabel")}>
      {events.map((e) => <AuditEventItem key={e.eventId} event={e} showParcel={showParcel} listed={listed} />)}
    </ol>
  );
}

function EventRef({ id, listed }: { id: string; listed: ReadonlySet<string> }) {
  return listed.has(id) ? <a href={`#ev-${id}`} title={id}>{shortId(id)}</a> : <code title={id}>{shortId(id)}</code>;
}

function AuditEventItem({ event: e, showParcel, listed }: { event: AuditEvent; showParcel: boolean; listed: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = auditKind(e);
  return (
    <li id={`ev-${e.eventId}`} className={`audit-event audit-event--${kind}`}>
      <p className="audit-event__head">
        <span className="audit-event__kind">{t(`audit.event.kind.${kind}`)}</span>{" "}
        <time dateTime={e.recordedAt.toISOString()}>{t("audit.event.recorded", { time: formatTimestamp(e.recordedAt, lang) })}</time>
        {" · "}
        <time dateTime={e.occurredAt.toISOString()}>{t("audit.event.occurred", { time: formatTimestamp(e.occurredAt, lang) })}</time>
      </p>
      {showParcel ? <p className="audit-event__parcel">{e.projectName} · {parcelLabel(e, lang)} · {e.adminUnitName ?? e.adminUnitId}</p> : null}
      <p className="audit-event__move">{stateText(e.before, lang)} → {stateText(e.after, lang)}</p>
      <p className="audit-event__who">
        {t("audit.event.by", { email: e.actorEmail ?? t("audit.event.unknownActor") })}
        {" · "}
        {e.deviceId ? t("audit.event.device", { device: e.deviceId }) : t("audit.event.noDevice")}
      </p>
      {e.after.blocked && e.blockerResponsible ? <p>{t("audit.event.responsible", { who: e.blockerResponsible })}</p> : null}
      {e.note && !e.revertReason ? <p className="audit-event__note">{t("audit.event.note", { note: e.note })}</p> : null}
      {e.revertReason ? <p className="audit-event__note">{t("audit.event.revertReason", { reason: e.revertReason })}</p> : null}
      {e.revertsEventId ? (
        <p className="audit-event__link">{t("audit.event.reverts")}{" "}<EventRef id={e.revertsEventId} listed={listed} /></p>
      ) : null}
      {e.revertedBy.length > 0 ? (
        <p className="audit-event__link audit-event__link--reverted">
          {t("audit.event.revertedBy")}{" "}
          {e.revertedBy.map((id, i) => <span key={id}>{i > 0 ? ", " : null}<EventRef id={id} listed={listed} /></span>)}
        </p>
      ) : null}
    </li>
  );
}
