// The households past or near the 30-day payment limit (Điểm a khoản 3 Điều 94), per project, on
// the meeting view's day, under the parcels' deadlines; each opens the household's page. Names
// are personal data: the public sees a line saying the list is for signed-in users.

import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useSignedInUser } from "@/data/auth-session";
import { useHouseholdDeadlines } from "@/data/household-deadlines-query";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import { ExportButtons } from "@/components/export-buttons";
import { householdDeadlineRows, householdDeadlinesModel } from "@/features/meeting/household-deadlines-model";
import { useProjectPlaces } from "@/features/meeting/table-places";
import { PRINT_ROWS, TableView } from "@/features/meeting/table-view";
import { routePath } from "@/state/route-paths";

/** A list of its own with its own project filter: the projects with households flagged are not those with parcels flagged. */
export function HouseholdDeadlines({ day, print = false }: { day: string | null; print?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [projectId, setProjectId] = useState("");
  const lang = useLang();
  const signedIn = useSignedInUser() !== null;
  const deadlines = useHouseholdDeadlines(null, day);
  const places = useProjectPlaces();
  const today = day ?? dayInVietnam(new Date());
  const all = useMemo(() => householdDeadlineRows(deadlines.data ?? [], today, places.name), [deadlines.data, today, places]);
  const rows = useMemo(() => (projectId ? all.filter((r) => r.row.projectId === projectId) : all), [all, projectId]);
  const flagged = useMemo(() => [...new Set(all.map((r) => r.row.projectId))], [all]);
  const model = useMemo(() => householdDeadlinesModel(rows, {
    late: t("householdFigures.deadlines.late"), near: t("householdFigures.deadlines.near"), total: t("meeting.tables.total"),
    projectName: places.name,
  }, (r) => routePath("household", { params: { partyId: r.row.partyId } })), [rows, t, places]);
  const caption = t("householdFigures.deadlines.caption");
  let body;
  if (!signedIn) body = <p className="meeting-intro">{t("householdFigures.deadlines.signIn")}</p>;
  else if (deadlines.isPending) body = <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  else if (deadlines.isError) {
    body = <ErrorMessage title={t("meeting.tables.loadError")} details={deadlines.error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => void deadlines.refetch()} />;
  } else {
    const red = rows.filter((r) => r.flag.level === "red").length;
    body = (
      <>
        {print ? null : (
          <div className="meeting-filters">
            <div className="field">
              <label htmlFor={`${id}-project`}>{t("householdFigures.deadlines.project")}</label>
              <select id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
                <option value="">{t("householdFigures.deadlines.allProjects", { formatted: formatCount(flagged.length, lang) })}</option>
                {flagged.map((p) => <option key={p} value={p}>{places.name(p)}</option>)}
              </select>
            </div>
          </div>
        )}
        <div className="meeting-table-bar">
          <p className="meeting-count" role="status">
            {t("householdFigures.deadlines.count", { red: formatCount(red, lang), amber: formatCount(rows.length - red, lang) })}
          </p>
          {print ? null : <ExportButtons model={model} rows={rows} day={day} what={caption} />}
        </div>
        <TableView model={model} rows={rows} rowKey={(r) => r.key} caption={caption} sortable={!print} pageSize={print ? PRINT_ROWS : undefined} />
      </>
    );
  }
  return (
    <section className="meeting-household-deadlines" aria-labelledby="meeting-household-deadlines-title">
      <h3 id="meeting-household-deadlines-title">{t("householdFigures.deadlines.title")}</h3>
      {print ? null : <p className="meeting-intro">{t("householdFigures.deadlines.intro")}</p>}
      {body}
    </section>
  );
}
