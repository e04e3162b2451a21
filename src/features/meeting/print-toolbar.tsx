// The print page's toolbar, on screen only (print.css hides it): print through the browser's
// dialog, which also saves a PDF, and the way back to the meeting view on the same day.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { withReportDay } from "@/state/report-day";

export function PrintToolbar({ day }: { day: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="print-toolbar" role="toolbar" aria-label={t("meeting.print.toolbarLabel")}>
      <button type="button" className="button" onClick={() => window.print()}>
        {t("meeting.print.print")}
      </button>
      <Link href={`/meeting${withReportDay("", day)}`}>{t("meeting.print.back")}</Link>
      <span className="print-toolbar__hint">{t("meeting.print.hint")}</span>
    </div>
  );
}
