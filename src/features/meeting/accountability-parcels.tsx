// Under the 5 rõ table: one project's parcels not handed over, each with how long it has waited
// at its stage (rõ tiến độ for each parcel), read when a project is chosen.

import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { useParcelTimeline } from "@/data/parcel-timeline-query";
import { waitingParcels } from "@/domain/accountability";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import type { ProjectReportRow } from "@/domain/meeting-types";
import { ExportButtons } from "@/components/export-buttons";
import { parcelMapLink, useProjectPlaces } from "@/features/meeting/table-places";
import { TableView } from "@/features/meeting/table-view";
import { waitingModel } from "@/features/meeting/waiting-model";

export function AccountabilityParcels({ day, report }: { day: string | null; report: readonly ProjectReportRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const places = useProjectPlaces();
  const [projectId, setProjectId] = useState("");
  const open = report.filter((p) => p.retiredAt === null && p.parcels > p.clearedParcels);
  const timeline = useParcelTimeline(projectId || null, day);
  const today = day ?? dayInVietnam(new Date());
  const rows = useMemo(() => waitingParcels(timeline.data ?? [], today), [timeline.data, today]);
  const model = useMemo(() => waitingModel(rows, { lang, total: t("meeting.tables.total") }, (r) => parcelMapLink(r.parcel, day)),
    [rows, lang, t, day]);
  const caption = t("meeting.tables.waiting.caption", { project: projectId ? places.name(projectId) : "" });

  return (
    <section className="meeting-waiting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("meeting.tables.waiting.title")}</h3>
      <p className="meeting-intro">{t("meeting.tables.waiting.intro")}</p>
      <label htmlFor={`${id}-project`}>{t("meeting.tables.deadlines.project")}</label>{" "}
      <select id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
        <option value="">{t("meeting.tables.waiting.choose")}</option>
        {open.map((p) => <option key={p.id} value={p.id}>{places.name(p.id)}</option>)}
      </select>
      {!projectId ? null : timeline.isPending ? (
        <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>
      ) : timeline.isError ? (
        <ErrorMessage title={t("meeting.tables.loadError")} details={timeline.error.message} detailsLabel={t("meeting.tables.details")}
          retryLabel={t("meeting.tables.retry")} onRetry={() => void timeline.refetch()} />
      ) : (
        <>
          <div className="meeting-table-bar">
            <p className="meeting-count" role="status">{t("meeting.tables.rowCount", { count: rows.length, formatted: formatCount(rows.length, lang) })}</p>
            <ExportButtons model={model} rows={rows} day={day} what={caption} />
          </div>
          <TableView model={model} rows={rows} rowKey={(r) => r.parcel.id} caption={caption} />
        </>
      )}
    </section>
  );
}
