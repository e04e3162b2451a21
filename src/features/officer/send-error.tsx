// Why a send failed: no connection, or the server refused the whole call.

import { isNetworkFailure } from "@/data/api-error";
import { useOfficerText } from "@/features/officer/use-officer-text";

/** The error of a failed send, with the technical message folded away. */
export function SendError({ error }: { error: unknown }) {
  const { t } = useOfficerText();
  return (
    <div className="status-message status-message--error" role="alert">
      <p className="status-message__title">
        {isNetworkFailure(error) ? t("officer.sendFailedNetwork") : t("officer.sendFailed")}
      </p>
      <details className="status-message__details">
        <summary>{t("officer.details")}</summary>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </details>
    </div>
  );
}
