// The print page's toolbar, on screen only (print.css hides it): print through the browser's
// dialog, which also saves a PDF, and the way back to the meeting view on the same day. Printing
// waits until every figure and list has arrived: a report printed earlier would lack them.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFirstLoadsPending } from "@/data/first-loads";
import { withReportDay } from "@/state/report-day";

export function PrintToolbar({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const loading = useFirstLoadsPending();
  return (
    <div className="print-toolbar" role="toolbar" aria-label={t("meeting.print.toolbarLabel")}>
      <button type="button" className="button" disabled={loading} aria-describedby={loading ? "print-waiting" : undefined}
        onClick={() => window.print()}>
        {t("meeting.print.print")}
      </button>
      {loading ? <span id="print-waiting" className="print-toolbar__hint" role="status">{t("meeting.print.waiting")}</span> : null}
      <Link href={`/meeting${withReportDay("", day)}`}>{t("meeting.print.back")}</Link>
      <span className="print-toolbar__hint">{t("meeting.print.hint")}</span>
    </div>
  );
}
