// The import of one checked file: its summary, the reason (required), "Xem trước" (a dry run:
// nothing is kept) and then "Nhập". Both send the file's one import id, so the real import runs at
// most once however often "Nhập" is pressed: the server answers a repeat with the stored outcome.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { adminWriteProblem } from "@/data/admin-errors";
import { useImportOutboxFile } from "@/data/outbox-import-api";
import type { ImportFileSummary } from "@/domain/outbox-import-file";
import type { ImportAnswer } from "@/domain/outbox-import-types";
import { OutboxImportResults } from "@/features/admin/outbox-import-results";
import { OutboxImportSummary } from "@/features/admin/outbox-import-summary";

const REASON_MAX = 500;

interface OutboxImportFormProps {
  readonly importId: string;
  readonly summary: ImportFileSummary;
  readonly file: Readonly<Record<string, unknown>>;
}

export function OutboxImportForm({ importId, summary, file }: OutboxImportFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [repeated, setRepeated] = useState(false);
  const mutation = useImportOutboxFile();
  const trimmed = reason.trim();
  const reasonProblem = trimmed === "" ? t("outboxImport.reasonMissing")
    : trimmed.length > REASON_MAX ? t("outboxImport.reasonTooLong", { max: REASON_MAX }) : null;
  const imported = answer !== null && !answer.dryRun;

  async function send(dryRun: boolean) {
    setTouched(true);
    if (reasonProblem) return;
    const next = await mutation.mutateAsync({ importId, file, reason: trimmed, dryRun });
    setRepeated(imported && !next.dryRun);
    setAnswer(next);
  }

  const error = mutation.error ? adminWriteProblem(mutation.error) : null;
  return (
    <>
      <OutboxImportSummary summary={summary} officerEmail={answer?.userEmail ?? null} />
      {summary.signed ? (
        <form className="outbox-import__form" onSubmit={(e) => { e.preventDefault(); void send(true).catch(() => undefined); }}>
          <div className="field admin-field">
            <label htmlFor="outbox-import-reason">{t("outboxImport.reason")}</label>
            <textarea id="outbox-import-reason" rows={2} value={reason} maxLength={REASON_MAX + 50} aria-required="true"
              aria-invalid={(touched && reasonProblem !== null) || undefined}
              aria-describedby={touched && reasonProblem ? "outbox-import-reason-error" : "outbox-import-reason-hint"}
              onChange={(e) => setReason(e.target.value)} />
            {touched && reasonProblem
              ? <p id="outbox-import-reason-error" className="field-error">{reasonProblem}</p>
              : <p id="outbox-import-reason-hint" className="admin-field__hint">{t("outboxImport.reasonHint", { max: REASON_MAX })}</p>}
          </div>
          <div className="admin-form__actions">
            {imported ? null : (
              <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
                {mutation.isPending && mutation.variables?.dryRun ? t("outboxImport.previewBusy") : t("outboxImport.preview")}
              </button>
            )}
            <button type="button" className="button" disabled={mutation.isPending || answer === null}
              onClick={() => void send(false).catch(() => undefined)}>
              {mutation.isPending && mutation.variables?.dryRun === false ? t("outboxImport.importBusy") : t("outboxImport.import")}
            </button>
          </div>
          {answer === null ? <p className="admin-field__hint">{t("outboxImport.previewFirst")}</p> : null}
        </form>
      ) : null}
      {error ? (
        <p className="admin-notice admin-notice--error" role="alert">
          {error.network ? t("outboxImport.network") : t("outboxImport.failed", { message: error.serverMessage })}
        </p>
      ) : null}
      {answer ? (
        <section className="outbox-import__outcome" aria-labelledby="outbox-import-outcome-heading" role="status">
          <h3 id="outbox-import-outcome-heading">{answer.dryRun ? t("outboxImport.previewHeading") : t("outboxImport.doneHeading")}</h3>
          {repeated ? <p className="admin-notice admin-notice--info">{t("outboxImport.repeated")}</p> : null}
          <OutboxImportResults answer={answer} changes={summary.changes} />
        </section>
      ) : null}
    </>
  );
}
