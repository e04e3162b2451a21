// The plan batches whose draft was posted for less than 30 days before it was taken down or
// approved (Điều 87), under the households' payment limits; and how many approved batches have
// no posting day, so the leader sees what is not checked. For signed-in users (RLS: leaders and
// the officers of the projects' areas).

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useSignedInUser } from "@/data/auth-session";
import { usePlanPostings } from "@/data/plan-postings-query";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import { ExportButtons } from "@/components/export-buttons";
import { planPostingRows, planPostingsModel } from "@/features/meeting/plan-postings-model";
import { useProjectPlaces } from "@/features/meeting/table-places";
import { PRINT_ROWS, TableView } from "@/features/meeting/table-view";

export function PlanPostings({ day, print = false }: { day: string | null; print?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const signedIn = useSignedInUser() !== null;
  const plans = usePlanPostings(day);
  const places = useProjectPlaces();
  const today = day ?? dayInVietnam(new Date());
  const flagged = useMemo(() => planPostingRows(plans.data?.candidates ?? [], today, places.name), [plans.data, today, places]);
  const model = useMemo(() => planPostingsModel(flagged, { total: t("meeting.tables.total"), projectName: places.name }),
    [flagged, t, places]);
  const caption = t("meeting.tables.postings.caption");
  let body;
  if (!signedIn) body = <p className="meeting-intro">{t("meeting.tables.postings.signIn")}</p>;
  else if (plans.isPending) body = <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  else if (plans.isError) {
    body = <ErrorMessage title={t("meeting.tables.loadError")} details={plans.error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => void plans.refetch()} />;
  } else {
    body = (
      <>
        <div className="meeting-table-bar">
          <p className="meeting-count" role="status">
            {t("meeting.tables.postings.count", { red: formatCount(flagged.length, lang) })}
          </p>
          {print ? null : <ExportButtons model={model} rows={flagged} day={day} what={caption} />}
        </div>
        <TableView model={model} rows={flagged} rowKey={(r) => r.key} caption={caption} sortable={!print}
          pageSize={print ? PRINT_ROWS : undefined} />
        {plans.data.unrecorded > 0 ? (
          <p className="meeting-intro">{t("meeting.tables.postings.unrecorded", { formatted: formatCount(plans.data.unrecorded, lang) })}</p>
        ) : null}
      </>
    );
  }
  return (
    <section className="meeting-plan-postings" aria-labelledby="meeting-plan-postings-title">
      <h3 id="meeting-plan-postings-title">{t("meeting.tables.postings.title")}</h3>
      {print ? null : <p className="meeting-intro">{t("meeting.tables.postings.intro")}</p>}
      {body}
    </section>
  );
}
