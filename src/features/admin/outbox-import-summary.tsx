// What a chosen export file holds, before anything is sent: whose it is, from which device, when
// it was exported, its changes by state on the device, and its photos and documents, which the
// import does not bring (they must be attached again by hand).

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount, formatDateTime, formatNumber } from "@/domain/format";
import type { ImportFileSummary } from "@/domain/outbox-import-file";
import { IMPORT_ENTRY_STATES } from "@/domain/outbox-import-file";

export function OutboxImportSummary({ summary, officerEmail }: { summary: ImportFileSummary; officerEmail: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="admin-card outbox-import__summary" aria-labelledby="outbox-import-summary-heading">
      <h3 id="outbox-import-summary-heading">{t("outboxImport.summary.heading")}</h3>
      <dl className="outbox-import__facts">
        {officerEmail ? <><dt>{t("outboxImport.summary.officer")}</dt><dd>{officerEmail}</dd></> : null}
        <dt>{t("outboxImport.summary.user")}</dt><dd className="outbox-import__id">{summary.userId}</dd>
        <dt>{t("outboxImport.summary.device")}</dt><dd className="outbox-import__id">{summary.deviceId}</dd>
        <dt>{t("outboxImport.summary.exportedAt")}</dt><dd>{formatDateTime(summary.exportedAt, lang)}</dd>
        <dt>{t("outboxImport.summary.total")}</dt><dd>{formatCount(summary.total, lang)}</dd>
        <dt>{t("outboxImport.summary.byState")}</dt>
        <dd>
          <ul className="outbox-import__states">
            {IMPORT_ENTRY_STATES.filter((s) => summary.byState[s] > 0).map((s) => (
              <li key={s}>{t("outboxImport.count", { status: t(`outboxImport.state.${s}`), count: formatCount(summary.byState[s], lang) })}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {summary.otherUser > 0
        ? <p className="admin-notice admin-notice--warn">{t("outboxImport.summary.otherUser", { count: formatCount(summary.otherUser, lang) })}</p> : null}
      {summary.signed ? null : <p className="admin-notice admin-notice--error" role="alert">{t("outboxImport.summary.unsigned")}</p>}
      <h4>{t("outboxImport.summary.filesHeading")}</h4>
      {summary.files.length === 0 ? <p>{t("outboxImport.summary.noFiles")}</p> : (
        <>
          <p className="admin-notice admin-notice--warn" role="note">{t("outboxImport.summary.filesNote")}</p>
          <ul className="outbox-import__files">
            {summary.files.map((f, i) => (
              <li key={i}>
                <span className="outbox-import__file-name">{f.name || t("outboxImport.summary.unnamedFile")}</span>
                {f.size !== null ? <> · {t("outboxImport.summary.fileSize", { size: formatNumber(f.size / 1024, lang, 1) })}</> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
