// The officer's outbox panel: what waits on this device (count, the oldest, last send, offline,
// back-off, another tab sending), the storage warning, "Gửi ngay", "Xuất thay đổi chưa gửi",
// "Hoàn tác thay đổi gần nhất", and the problems to resolve. An export this device could not sign
// (it never got its key while online) is said to be one an administrator cannot import. Shown to officers beside the map.

import { useId, useState } from "react";
import { useSignedInUser } from "@/data/auth-session";
import { saveBlob } from "@/components/export-save";
import { buildUnsentExport } from "@/data/outbox/outbox-export";
import { sendNow } from "@/data/outbox/outbox";
import { useOutboxStatus } from "@/data/outbox/use-outbox";
import { formatCount } from "@/domain/format";
import { ProblemsList } from "@/features/outbox/problems-list";
import { UndoLast } from "@/features/outbox/undo-last";
import { useOutboxText } from "@/features/outbox/use-outbox-text";
import "@/features/outbox/outbox.css";

/** The panel; nothing for the public. */
export function OutboxPanel() {
  const user = useSignedInUser();
  const status = useOutboxStatus();
  const { t, lang, changes, time } = useOutboxText();
  const titleId = useId();
  const [note, setNote] = useState<string | null>(null);
  const [unsigned, setUnsigned] = useState(false);
  if (!user || !status.loaded) return null;

  async function exportFile() {
    try {
      const { name, blob, events, signed } = await buildUnsentExport(user?.id ?? null);
      saveBlob(blob, name);
      setNote(t("outbox.exported", { changes: changes(events) }));
      setUnsigned(!signed);
    } catch (error) {
      setUnsigned(false);
      setNote(t("outbox.exportFailed", { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const waiting = status.pending > 0 || status.filesWaiting > 0;
  return (
    <section className={`outbox-panel${status.problems > 0 ? " outbox-panel--problems" : ""}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="outbox-panel__title">{t("outbox.title")}</h2>
      <div role="status" className="outbox-panel__status">
        {!waiting && status.problems === 0 && status.filesWaiting === 0 ? <p>{t("outbox.allSent")}</p> : null}
        {status.filesWaiting > 0 ? <p>{t("outbox.filesLine", { count: status.filesWaiting, formatted: formatCount(status.filesWaiting, lang) })}</p> : null}
        {status.pending > 0 && status.oldestAt !== null
          ? <p>{t("outbox.pendingLine", { changes: changes(status.pending), time: time(status.oldestAt) })}</p> : null}
        {status.problems > 0 ? <p className="outbox-panel__problems-line">{t("outbox.problemsLine", { changes: changes(status.problems) })}</p> : null}
        <p className="outbox-panel__muted">
          {status.lastSyncAt ? t("outbox.lastSync", { time: time(status.lastSyncAt) }) : t("outbox.neverSynced")}
        </p>
        {!status.online ? <p className="outbox-panel__offline">{t("outbox.offline")}</p> : null}
        {status.online && waiting && status.nextAttemptAt ? <p>{t("outbox.retryAt", { time: time(status.nextAttemptAt) })}</p> : null}
        {waiting && !status.sender ? <p className="outbox-panel__muted">{t("outbox.otherTabSends")}</p> : null}
      </div>
      {status.persisted === false ? <p className="outbox-panel__warning" role="note">{t("outbox.notPersisted")}</p> : null}
      <div className="outbox-panel__buttons">
        {waiting ? <button type="button" className="button button--secondary" onClick={sendNow}>{t("outbox.sendNow")}</button> : null}
        {status.unsent > 0 || status.dropped > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => void exportFile()}>{t("outbox.export")}</button>
        ) : null}
        <UndoLast userId={user.id} />
      </div>
      {note ? <p role="status">{note}</p> : null}
      {unsigned ? <p className="outbox-panel__warning" role="alert">{t("outbox.exportUnsigned")}</p> : null}
      <ProblemsList />
    </section>
  );
}
