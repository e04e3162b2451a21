// "Đảo ngược thay đổi gần nhất" (not "Hoàn tác", the name of the toast's button): the undo of
// the officer's last change at any time, read from the outbox's log and saved as compensating
// events through the outbox.

import { useEffect, useState } from "react";
import type { LastChange } from "@/data/outbox/outbox-actions";
import { readLastChange, savePlan } from "@/data/outbox/outbox-actions";
import { useOutboxView } from "@/data/outbox/use-outbox";
import { useOutboxText } from "@/features/outbox/use-outbox-text";

/** The undo button, or why it is not offered. */
export function UndoLast({ userId }: { userId: string }) {
  const { t } = useOutboxText();
  const { revision } = useOutboxView();
  const [last, setLast] = useState<LastChange>({ state: "none" });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(function readLast() {
    let live = true;
    void readLastChange(userId).then((next) => {
      if (live) setLast(next);
    });
    return function ignoreLateRead() {
      live = false;
    };
  }, [userId, revision]);

  if (last.state === "waiting") return <p className="outbox-panel__muted">{t("outbox.undoLastWaiting")}</p>;
  if (last.state !== "ready") return done ? <p role="status">{t("outbox.undoSaved")}</p> : null;
  const undo = () => {
    setBusy(true);
    savePlan(last.plan, { batchId: last.batchId, reverts: last.reverts })
      .then(() => setDone(true), () => setDone(false))
      .finally(() => setBusy(false));
  };
  return (
    <button type="button" className="button button--secondary" onClick={undo} disabled={busy}>{t("outbox.undoLast")}</button>
  );
}
