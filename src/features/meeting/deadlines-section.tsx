// The legal-deadline flags of every parcel on the day shown, per project (src/domain/deadline-rules.ts:
// red = passed or broken, amber = within 7 days), each opening the map at the parcel; the
// households past or near the 30-day payment limit, each opening its page; then the
// rules the tracker cannot check yet and the date it does not record. `print` drops the controls.

import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useProjectReport } from "@/data/project-report-query";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import type { ProjectReportRow } from "@/domain/meeting-types";
import { deadlineRows, deadlinesModel } from "@/features/meeting/deadlines-model";
import { DeadlinesUnchecked } from "@/features/meeting/deadlines-unchecked";
import { ExportButtons } from "@/components/export-buttons";
import { HouseholdDeadlines } from "@/features/meeting/household-deadlines";
import { parcelMapLink, useProjectPlaces } from "@/features/meeting/table-places";
import { useTimelines } from "@/features/meeting/table-timelines";
import { PRINT_ROWS, TableView } from "@/features/meeting/table-view";

/** A project can carry a flag only once a parcel of it has had its recovery notice. */
function hasActs(row: ProjectReportRow): boolean {
  return row.retiredAt === null && row.parcels > row.byStage.not_started.parcels + row.byStage.dialogue.parcels;
}

export function DeadlinesSection({ day, print = false }: { day: string | null; print?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const report = useProjectReport(day);
  const places = useProjectPlaces();
  const [projectId, setProjectId] = useState("");
  const projectIds = useMemo(() => (report.data ?? []).filter(hasActs).map((p) => p.id), [report.data]);
  const timelines = useTimelines(projectIds, day);
  const today = day ?? dayInVietnam(new Date());
  const all = useMemo(() => deadlineRows(timelines.rows, today, places.name), [timelines.rows, today, places]);
  const rows = useMemo(() => (projectId ? all.filter((r) => r.parcel.projectId === projectId) : all), [all, projectId]);
  const flagged = useMemo(() => [...new Set(all.map((r) => r.parcel.projectId))], [all]);
  const model = useMemo(() => deadlinesModel(rows, {
    lang, red: t("meeting.tables.deadlines.red"), amber: t("meeting.tables.deadlines.amber"), total: t("meeting.tables.total"),
    projectName: places.name,
  }, (r) => parcelMapLink(r.parcel, day)), [rows, lang, t, places, day]);

  if (report.isPending || timelines.isPending) return <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  const error = report.error ?? timelines.error;
  if (error) {
    return <ErrorMessage title={t("meeting.tables.loadError")} details={error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => { void report.refetch(); timelines.refetch(); }} />;
  }
  const caption = t("meeting.tables.deadlines.caption");
  const red = rows.filter((r) => r.flag.level === "red").length;
  return (
    <>
      {print ? null : <p className="meeting-intro">{t("meeting.tables.deadlines.intro")}</p>}
      {print ? null : (
        <div className="meeting-filters">
          <div className="field">
            <label htmlFor={`${id}-project`}>{t("meeting.tables.deadlines.project")}</label>
            <select id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
              <option value="">{t("meeting.tables.deadlines.allProjects", { count: flagged.length, formatted: formatCount(flagged.length, lang) })}</option>
              {flagged.map((p) => <option key={p} value={p}>{places.name(p)}</option>)}
            </select>
          </div>
        </div>
      )}
      <div className="meeting-table-bar">
        <p className="meeting-count" role="status">
          {t("meeting.tables.deadlines.count", { red: formatCount(red, lang), amber: formatCount(rows.length - red, lang) })}
        </p>
        {print ? null : <ExportButtons model={model} rows={rows} day={day} what={caption} />}
      </div>
      <TableView model={model} rows={rows} rowKey={(r) => r.key} caption={caption} sortable={!print} pageSize={print ? PRINT_ROWS : undefined} />
      <HouseholdDeadlines day={day} print={print} />
      <DeadlinesUnchecked />
    </>
  );
}
