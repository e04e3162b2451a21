// The confirmation step: what will change and on which day, photos or documents to go with it
// (the app's picker, when given), then "Xác nhận" saves it in the outbox. A failed save stays here
// with its reason and "Gửi lại" (the same event ids, so nothing is recorded twice).

import { Suspense, useState } from "react";
import { useFilePicker } from "@/components/file-picker-slot";
import type { PreparedFile } from "@/domain/attachment-types";
import { Spinner } from "@/components/spinner";
import type { ActDateError } from "@/domain/act-date";
import { validateActDate } from "@/domain/act-date";
import { formatDate } from "@/domain/format";
import type { ActionPlan } from "@/domain/parcel-actions";
import { ActDateField } from "@/features/officer/act-date-field";
import { PlanDescription } from "@/features/officer/plan-description";
import { SendError } from "@/features/officer/send-error";
import { currentDay, useActDate } from "@/features/officer/use-act-date";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface ConfirmViewProps {
  readonly plan: ActionPlan;
  readonly pending: boolean;
  readonly error: unknown;
  /** Saves the plan; with a day when this step asked for it, and the files picked here. */
  readonly onConfirm: (day: string | undefined, files: readonly PreparedFile[]) => void;
  readonly onBack: (() => void) | null;
  readonly onCancel: () => void;
  /** True when no form came before ("Chuyển bước tiếp theo"): the day of the act is chosen here. */
  readonly askDate: boolean;
}

/** The plan in words with its day, and Back, Cancel and Confirm. */
export function ConfirmView({ plan, pending, error, onConfirm, onBack, onCancel, askDate }: ConfirmViewProps) {
  const { t, lang, summary } = useOfficerText();
  const [date, dateRef] = useActDate(plan.actedOn?.day);
  const [dateError, setDateError] = useState<ActDateError | undefined>();
  const renderPicker = useFilePicker();
  const [files, setFiles] = useState<readonly PreparedFile[]>([]);

  function confirm() {
    if (!askDate) return onConfirm(undefined, files);
    const problem = validateActDate(date.value, currentDay()) ?? undefined;
    setDateError(problem);
    if (problem) return date.focus();
    onConfirm(date.value, files);
  }

  const actedOn = plan.actedOn;
  return (
    <div>
      <PlanDescription plan={plan} />
      {askDate ? <ActDateField input={date} inputRef={dateRef} error={dateError} disabled={pending || Boolean(error)} /> : null}
      {!askDate && actedOn ? (
        <p className="officer-plan__date">
          {t(actedOn.isToday ? "eventDate.confirmLineToday" : "eventDate.confirmLine", { date: formatDate(actedOn.day, lang) })}
        </p>
      ) : null}
      {renderPicker && plan.action.kind !== "undo" && plan.summary.count > 0 ? (
        <Suspense fallback={null}>{renderPicker({ files, onChange: setFiles, disabled: pending })}</Suspense>
      ) : null}
      <div role="status" className="officer-dialog__status">
        {pending ? <p><Spinner /> {t("officer.sending", { summary: summary(plan.summary.count, plan.summary.areaM2) })}</p> : null}
      </div>
      {error && !pending ? <SendError error={error} /> : null}
      <div className="officer-dialog__buttons">
        {onBack ? (
          <button type="button" className="button button--ghost" onClick={onBack} disabled={pending}>{t("officer.back")}</button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>{t("officer.cancel")}</button>
        <button type="button" className="button" onClick={confirm} disabled={pending || plan.summary.count === 0}
          data-autofocus>
          {error ? t("officer.resend") : t("officer.confirm")}
        </button>
      </div>
    </div>
  );
}
