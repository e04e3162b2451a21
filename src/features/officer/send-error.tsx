// Why a send failed: no connection, or the server refused the whole call; and how many parcels
// were recorded before a later batch failed.

import { isNetworkFailure } from "@/data/api-error";
import { RecordEventsError } from "@/data/record-parcel-events-mutation";
import { useOfficerText } from "@/features/officer/use-officer-text";

/** The error of a failed send, with the technical message folded away. */
export function SendError({ error }: { error: unknown }) {
  const { t, parcels } = useOfficerText();
  const cause = error instanceof RecordEventsError ? error.cause : error;
  const applied = error instanceof RecordEventsError ? error.answered.filter((a) => a.status === "applied").length : 0;
  return (
    <div className="status-message status-message--error" role="alert">
      <p className="status-message__title">
        {isNetworkFailure(cause) ? t("officer.sendFailedNetwork") : t("officer.sendFailed")}
      </p>
      {applied > 0 ? <p>{t("officer.sendPartial", { parcels: parcels(applied) })}</p> : null}
      <details className="status-message__details">
        <summary>{t("officer.details")}</summary>
        <code>{cause instanceof Error ? cause.message : String(cause)}</code>
      </details>
    </div>
  );
}
