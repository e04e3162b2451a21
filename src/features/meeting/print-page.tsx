// The printable report (issue 15), /print?d=YYYY-MM-DD: A4 landscape in the face and margins
// of Vietnamese administrative documents (print.css), with its title and as-of day, a map
// picture, the targets' table and burn-up charts, and the blocker and deadline lists. The
// toolbar above it (screen only) prints through the browser, which also saves a PDF. The lists
// are the meeting page's own (blockers-section.tsx, deadlines-section.tsx) without their
// controls, so paper and screen say the same. Every part
// is laid out at its paper size before printing: nothing is redrawn for the paper.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useTargetProgress } from "@/data/target-progress-query";
import { formatDate } from "@/domain/format";
import { STALE_BLOCKER_DAYS } from "@/domain/meeting-types";
import { measuredDay } from "@/features/meeting/burnup-hook";
import { BlockersSection } from "@/features/meeting/blockers-section";
import { DeadlinesSection } from "@/features/meeting/deadlines-section";
import { PrintMapFigure } from "@/features/meeting/print-map-figure";
import { PrintToolbar } from "@/features/meeting/print-toolbar";
import { PrintCharts, PrintTargetsTable } from "@/features/meeting/print-targets";
import { useReportDay } from "@/state/report-day";
import "@/features/meeting/targets-section.css";
import "@/features/meeting/print.css";

export function PrintPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useReportDay();
  const targets = useTargetProgress(day ?? undefined);
  const asOf = day
    ? t("meeting.print.asOfDay", { date: formatDate(day, lang) })
    : t("meeting.print.asOfToday", { date: formatDate(measuredDay(null), lang) });
  let targetParts;
  if (targets.data) {
    targetParts = { table: <PrintTargetsTable targets={targets.data} day={day} />, charts: <PrintCharts targets={targets.data} day={day} /> };
  } else if (targets.error) {
    const error = <ErrorMessage title={t("meeting.targets.error")} details={targets.error.message} detailsLabel={t("meeting.targets.details")} />;
    targetParts = { table: error, charts: null };
  } else {
    const loading = <LoadingMessage>{t("meeting.print.preparing")}</LoadingMessage>;
    targetParts = { table: loading, charts: null };
  }
  return (
    <div className="print-screen">
      <PrintToolbar day={day} />
      <article className="print-doc" lang={lang}>
        <section className="print-sheet print-sheet--first">
          <header className="print-head">
            <p className="print-head__issuer">{t("meeting.print.issuer")}</p>
            <h1 className="print-head__title">{t("meeting.print.title")}</h1>
            <p className="print-head__asof">{asOf}</p>
          </header>
          <section className="print-part" aria-labelledby="print-targets-heading">
            <h2 id="print-targets-heading">{t("meeting.print.targetsHeading")}</h2>
            {targetParts.table}
          </section>
        </section>
        <section className="print-sheet" aria-labelledby="print-map-heading">
          <h2 id="print-map-heading">{t("meeting.print.mapHeading")}</h2>
          <PrintMapFigure />
        </section>
        <section className="print-sheet" aria-labelledby="print-charts-heading">
          <h2 id="print-charts-heading">{t("meeting.print.chartsHeading")}</h2>
          {targetParts.charts}
        </section>
        <section className="print-sheet" aria-labelledby="print-blockers-heading">
          <h2 id="print-blockers-heading">{t("meeting.print.blockersHeading", { days: STALE_BLOCKER_DAYS })}</h2>
          <BlockersSection day={day} print />
        </section>
        <section className="print-sheet" aria-labelledby="print-deadlines-heading">
          <h2 id="print-deadlines-heading">{t("meeting.print.deadlinesHeading")}</h2>
          <DeadlinesSection day={day} print />
          <p className="print-foot">{t("meeting.print.footer")}</p>
        </section>
      </article>
    </div>
  );
}
