// One parked problem: the officer's intended change beside the parcel as it is now on the server
// and who changed it last (a conflict), or the reason (denied, invalid); re-apply or drop.

import { useState } from "react";
import { useParcel, useServerParcel } from "@/data/parcel-store";
import { useParcelHistory } from "@/data/parcel-history-query";
import { dropProblem, reapplyProblem } from "@/data/outbox/outbox-actions";
import type { OutboxProblem } from "@/data/outbox/outbox-types";
import { labelIn } from "@/domain/lang";
import type { OutboxEvent } from "@/domain/outbox-entry";
import type { StageId } from "@/domain/stages";
import { stageById } from "@/domain/stages";
import { useOutboxText } from "@/features/outbox/use-outbox-text";

const TITLES = {
  conflict: "outbox.problem_conflict", denied: "outbox.problem_denied", invalid: "outbox.problem_invalid",
} as const;

/** The intended change in words: "chuyển sang bước “Đã bồi thường”; ghi chú “…”". */
function useChangeWords() {
  const { t, lang } = useOutboxText();
  const stage = (id: StageId) => labelIn(stageById(id), lang);
  return (event: OutboxEvent) => {
    const parts: string[] = [];
    if (event.to_stage) parts.push(t("outbox.changeToStage", { stage: stage(event.to_stage) }));
    if (event.blocker) parts.push(t("outbox.changeBlocker", { reason: event.blocker.reason, responsible: event.blocker.responsible }));
    if (event.blocker === null) parts.push(t("outbox.changeClearBlocker"));
    if (event.note) parts.push(t("outbox.changeNote", { note: event.note }));
    return { words: parts.join("; "), stage };
  };
}

/** A list item with the problem and its buttons. */
export function ProblemItem({ problem }: { problem: OutboxProblem }) {
  const { t, changes, time } = useOutboxText();
  const describe = useChangeWords();
  const shown = useParcel(problem.parcel_id);
  const server = useServerParcel(problem.parcel_id);
  const isConflict = problem.state === "conflict";
  const history = useParcelHistory(isConflict ? problem.parcel_id : null, server?.version ?? problem.answer?.version ?? null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = history.data?.[0];
  const { words, stage } = describe(problem.event);
  const label = shown?.mapSheet && shown.parcelNo
    ? t("officer.parcelLabel", { sheet: shown.mapSheet, no: shown.parcelNo }) : problem.parcel_id;

  function act(run: (p: OutboxProblem) => Promise<void>) {
    setBusy(true);
    setFailed(null);
    run(problem).catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  }

  return (
    <li className={`outbox-problem outbox-problem--${problem.state}`}>
      <p className="outbox-problem__title"><strong>{label}</strong> — {t(TITLES[problem.answer?.status ?? "invalid"])}</p>
      <p>{t("outbox.intended", { change: words })}</p>
      {isConflict && server ? (
        <p>{t("outbox.current", {
          state: server.blocked ? t("outbox.stateBlocked", { stage: stage(server.stage) }) : stage(server.stage),
          version: server.version,
        })}</p>
      ) : null}
      {isConflict ? (
        <p>{latest?.actorEmail
          ? t("outbox.changedBy", { who: latest.actorEmail, time: time(latest.recordedAt) })
          : t("outbox.changedByUnknown")}</p>
      ) : null}
      {problem.answer ? <p className="outbox-problem__reason">{t("outbox.reason", { message: problem.answer.message })}</p> : null}
      {problem.held > 0 ? <p>{t("outbox.heldBehind", { changes: changes(problem.held) })}</p> : null}
      <div className="outbox-problem__buttons">
        {isConflict ? (
          <button type="button" className="button" disabled={busy} onClick={() => act(reapplyProblem)}>{t("outbox.reapply")}</button>
        ) : null}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => act(dropProblem)}>
          {t("outbox.drop")}
        </button>
      </div>
      {failed ? <p role="alert">{failed}</p> : null}
    </li>
  );
}
