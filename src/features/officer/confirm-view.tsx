// The confirmation step: what will change, then "Xác nhận" sends it. A failed send stays here
// with its reason and "Gửi lại" (the same event ids, so nothing is recorded twice).

import { Spinner } from "@/components/spinner";
import type { ActionPlan } from "@/domain/parcel-actions";
import { PlanDescription } from "@/features/officer/plan-description";
import { SendError } from "@/features/officer/send-error";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface ConfirmViewProps {
  readonly plan: ActionPlan;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onConfirm: () => void;
  readonly onBack: (() => void) | null;
  readonly onCancel: () => void;
}

/** The plan in words with Back, Cancel and Confirm. */
export function ConfirmView({ plan, pending, error, onConfirm, onBack, onCancel }: ConfirmViewProps) {
  const { t, summary } = useOfficerText();
  return (
    <div>
      <PlanDescription plan={plan} />
      <div role="status" className="officer-dialog__status">
        {pending ? <p><Spinner /> {t("officer.sending", { summary: summary(plan.summary.count, plan.summary.areaM2) })}</p> : null}
      </div>
      {error && !pending ? <SendError error={error} /> : null}
      <div className="officer-dialog__buttons">
        {onBack ? (
          <button type="button" className="button button--ghost" onClick={onBack} disabled={pending}>{t("officer.back")}</button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>{t("officer.cancel")}</button>
        <button type="button" className="button" onClick={onConfirm} disabled={pending || plan.summary.count === 0}
          data-autofocus>
          {error ? t("officer.resend") : t("officer.confirm")}
        </button>
      </div>
    </div>
  );
}
