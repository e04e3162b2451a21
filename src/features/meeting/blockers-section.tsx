// Parcels blocked for more than 14 days on the day shown, with who must act and for how long;
// each opens the map at the parcel. Only the projects the report counts stale blockers in are
// read parcel by parcel. `print` drops the controls for the printed report (print route).

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useProjectReport } from "@/data/project-report-query";
import { staleBlockedParcels } from "@/domain/accountability";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import { blockersModel } from "@/features/meeting/blockers-model";
import { ExportButtons } from "@/components/export-buttons";
import { parcelMapLink, useProjectPlaces } from "@/features/meeting/table-places";
import { useTimelines } from "@/features/meeting/table-timelines";
import { PRINT_ROWS, TableView } from "@/features/meeting/table-view";

export interface BlockersSectionProps {
  /** The day the figures stand at; null for today. */
  readonly day: string | null;
  /** For the printed report: no sorting, no export buttons, no intro. */
  readonly print?: boolean;
}

export function BlockersSection({ day, print = false }: BlockersSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useProjectReport(day);
  const places = useProjectPlaces();
  const projectIds = useMemo(
    () => (report.data ?? []).filter((p) => p.retiredAt === null && p.staleBlockers > 0).map((p) => p.id),
    [report.data],
  );
  const timelines = useTimelines(projectIds, day);
  const today = day ?? dayInVietnam(new Date());
  const rows = useMemo(() => staleBlockedParcels(timelines.rows, today), [timelines.rows, today]);
  const model = useMemo(() => blockersModel(rows, {
    lang, unknownResponsible: t("meeting.tables.unknownResponsible"), total: t("meeting.tables.total"), projectName: places.name,
  }, (r) => parcelMapLink(r.parcel, day)), [rows, lang, t, places, day]);

  if (report.isPending || timelines.isPending) return <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  const error = report.error ?? timelines.error;
  if (error) {
    return <ErrorMessage title={t("meeting.tables.loadError")} details={error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => { void report.refetch(); timelines.refetch(); }} />;
  }
  const caption = t("meeting.tables.blockers.caption");
  return (
    <>
      {print ? null : <p className="meeting-intro">{t("meeting.tables.blockers.intro")}</p>}
      <div className="meeting-table-bar">
        <p className="meeting-count" role="status">{t("meeting.tables.blockers.count", { count: rows.length, formatted: formatCount(rows.length, lang) })}</p>
        {print ? null : <ExportButtons model={model} rows={rows} day={day} what={caption} />}
      </div>
      <TableView model={model} rows={rows} rowKey={(r) => r.parcel.id} caption={caption} sortable={!print} pageSize={print ? PRINT_ROWS : undefined} />
    </>
  );
}
