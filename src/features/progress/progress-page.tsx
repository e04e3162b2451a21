// The leader's progress panel: province totals and targets, then tables by project kind,
// project and area (each row with its targets), and the blocked parcels with their reasons.
// Figures come from the database, computed from the parcels (targets by target_progress), and
// follow others' changes through the change feed; or, for a day chosen above them, they are those
// at the end of that day, rebuilt from the parcels' history (progress_as_of). It fits a
// full page, a side panel beside the map (about 400 px) and a 360 px bottom sheet: the layout
// follows the panel's own width (container queries), not the window's.

import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { BLOCKED_PARCELS_KEY } from "@/data/blocked-parcels-query";
import { useChangesFeed } from "@/data/changes-feed";
import { HOUSEHOLD_PROGRESS_KEY } from "@/data/household-progress-query";
import { TARGET_PROGRESS_KEY } from "@/data/target-progress-query";
import { AsOfControl } from "@/features/progress/as-of-control";
import { LiveStatus } from "@/features/progress/live-status";
import { ProvinceHouseholds } from "@/features/progress/household-cards";
import { ProvinceTotals } from "@/features/progress/province-totals";
import { SummaryTabs } from "@/features/progress/summary-tabs";
import { useFiguresDay } from "@/features/progress/use-figures";
import "@/features/progress/progress.css";

/** The panel; `headingLevel` 2 when the page around it has its own h1 (e.g. beside the map). */
export function ProgressPage({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const feed = useChangesFeed();
  const past = useFiguresDay() !== null;
  const fetching = useIsFetching({ queryKey: ["progress-summary"] }) > 0;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  function refresh() {
    void queryClient.invalidateQueries({ queryKey: ["progress-summary"] });
    void queryClient.invalidateQueries({ queryKey: BLOCKED_PARCELS_KEY });
    void queryClient.invalidateQueries({ queryKey: TARGET_PROGRESS_KEY });
    void queryClient.invalidateQueries({ queryKey: HOUSEHOLD_PROGRESS_KEY });
  }
  return (
    <div className="progress-page">
      <div className="progress-page__head">
        <div>
          <Heading className="progress-page__title">{t("progress.title")}</Heading>
          <p className="progress-page__subtitle">{t("progress.subtitle")}</p>
        </div>
        {/* A past day's figures are not live: the notice under the day says which day they are of. */}
        {past ? null : (
          <div className="progress-page__refresh">
            <LiveStatus feed={feed} />
            {/* While the feed is live the figures refresh by themselves; offer the button when it is not. */}
            {feed.state === "retrying" || feed.state === "stopped" ? (
              <button type="button" className="button button--secondary button--small" onClick={refresh} disabled={fetching}>
                {fetching ? t("progress.refreshing") : t("progress.refresh")}
              </button>
            ) : null}
          </div>
        )}
      </div>
      <AsOfControl />
      <section aria-labelledby="totals-title" className="progress-page__section">
        <h2 id="totals-title" className="sr-only">{t("progress.totalsHeading")}</h2>
        <ProvinceTotals />
        <ProvinceHouseholds />
      </section>
      <section aria-label={t("progress.tabsLabel")} className="progress-page__section">
        <SummaryTabs />
      </section>
    </div>
  );
}
