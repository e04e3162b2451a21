// The progress summary: province totals and targets, then tables by project kind, project
// and area. Figures come from the database, computed from the parcels.

import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ProvinceTotals } from "@/features/progress/province-totals";
import { SummaryTabs } from "@/features/progress/summary-tabs";
import { UpdatedAt } from "@/features/progress/updated-at";
import "@/features/progress/progress.css";

/** The page's main content. */
export function ProgressPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: ["progress-summary"] }) > 0;
  function refresh() {
    void queryClient.invalidateQueries({ queryKey: ["progress-summary"] });
    void queryClient.invalidateQueries({ queryKey: ["targets"] });
    void queryClient.invalidateQueries({ queryKey: ["project-infrastructure"] });
  }
  return (
    <div className="progress-page">
      <div className="progress-page__head">
        <div>
          <h1>{t("progress.title")}</h1>
          <p className="progress-page__subtitle">{t("progress.subtitle")}</p>
        </div>
        <div className="progress-page__refresh">
          <UpdatedAt />
          <button type="button" className="button button--secondary" onClick={refresh} disabled={fetching}>
            {fetching ? t("progress.refreshing") : t("progress.refresh")}
          </button>
        </div>
      </div>
      <section aria-labelledby="totals-title" className="progress-page__section">
        <h2 id="totals-title" className="sr-only">{t("progress.totalsHeading")}</h2>
        <ProvinceTotals />
      </section>
      <section aria-label={t("progress.tabsLabel")} className="progress-page__section">
        <SummaryTabs />
      </section>
    </div>
  );
}
