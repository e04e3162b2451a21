// The leaders' and admins' revert of the chosen user's changes in the chosen window: a reason
// (required), a dry run that shows per parcel what would happen, then a confirmation. The request
// id is drawn when the preview is shown and kept: pressing confirm again after a failure or a
// lost answer is a retry that the database answers with what it did, never a second revert.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevertUserChanges } from "@/data/revert-user-changes-mutation";
import type { RevertOutcome } from "@/domain/audit-types";
import { REVERT_WINDOW_DAYS, windowProblem } from "@/domain/audit-window";
import { RevertOutcomes } from "@/features/audit/revert-outcomes";
import { serverMessage } from "@/features/audit/query-state";
import type { AskedWindow } from "@/features/audit/use-window-form";

const REASON_MAX = 500;

type Step =
  | { readonly kind: "edit" }
  | { readonly kind: "preview"; readonly rows: readonly RevertOutcome[]; readonly requestId: string; readonly reason: string }
  | { readonly kind: "done"; readonly rows: readonly RevertOutcome[] };

export function RevertPanel({ window: w }: { window: AskedWindow }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "edit" });
  const mutation = useRevertUserChanges();
  const trimmed = reason.trim();
  const reasonProblem = trimmed === "" ? t("audit.revert.reasonMissing")
    : trimmed.length > REASON_MAX ? t("audit.revert.reasonTooLong", { max: REASON_MAX }) : null;
  const tooLong = windowProblem(w.from, w.to, REVERT_WINDOW_DAYS) === "tooLong";

  async function preview() {
    setTouched(true);
    if (reasonProblem || tooLong) return;
    const rows = await mutation.mutateAsync({ ...w, userId: w.userId, requestId: crypto.randomUUID(), reason: trimmed, dryRun: true });
    setStep({ kind: "preview", rows, requestId: crypto.randomUUID(), reason: trimmed });
  }

  async function confirm() {
    if (step.kind !== "preview") return;
    const rows = await mutation.mutateAsync({ ...w, requestId: step.requestId, reason: step.reason, dryRun: false });
    setStep({ kind: "done", rows });
  }

  const toRevert = step.kind === "preview" ? step.rows.filter((r) => r.status === "reverted").length : 0;
  return (
    <section className="audit-revert" aria-labelledby="audit-revert-heading">
      <h3 id="audit-revert-heading">{t("audit.revert.heading")}</h3>
      <p className="audit-hint">{t("audit.revert.intro")}</p>
      {tooLong ? <p className="field-error" role="alert">{t("audit.window.tooLong", { days: REVERT_WINDOW_DAYS })}</p> : null}
      {step.kind === "edit" ? (
        <form onSubmit={(e) => { e.preventDefault(); void preview().catch(() => undefined); }}>
          <div className="field">
            <label htmlFor="audit-revert-reason">{t("audit.revert.reason")}</label>
            <textarea id="audit-revert-reason" rows={2} value={reason} maxLength={REASON_MAX + 50} required
              aria-invalid={(touched && reasonProblem !== null) || undefined}
              aria-describedby={touched && reasonProblem ? "audit-revert-reason-error" : undefined}
              onChange={(e) => setReason(e.target.value)} />
            {touched && reasonProblem ? <p id="audit-revert-reason-error" className="field-error">{reasonProblem}</p> : null}
          </div>
          <button type="submit" className="button button--secondary" disabled={mutation.isPending || tooLong}>
            {mutation.isPending ? t("audit.revert.previewBusy") : t("audit.revert.preview")}
          </button>
        </form>
      ) : null}
      {step.kind === "preview" ? (
        <div className="audit-revert__preview">
          <h4>{t("audit.revert.previewHeading")}</h4>
          <RevertOutcomes rows={step.rows} />
          {toRevert === 0 ? <p>{t("audit.revert.nothing")}</p> : null}
          <div className="audit-revert__actions">
            {toRevert > 0 ? (
              <button type="button" className="button button--danger" disabled={mutation.isPending}
                onClick={() => void confirm().catch(() => undefined)}>
                {mutation.isPending ? t("audit.revert.confirmBusy") : t("audit.revert.confirm", { count: toRevert })}
              </button>
            ) : null}
            <button type="button" className="button button--ghost" disabled={mutation.isPending}
              onClick={() => { mutation.reset(); setStep({ kind: "edit" }); }}>
              {t("audit.revert.cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {step.kind === "done" ? (
        <div className="audit-revert__done" role="status">
          <h4>{t("audit.revert.doneHeading")}</h4>
          <RevertOutcomes rows={step.rows} />
        </div>
      ) : null}
      {mutation.error ? (
        <p className="field-error" role="alert">{t("audit.revert.failed", { message: serverMessage(mutation.error) })}</p>
      ) : null}
    </section>
  );
}
