// "5 rõ": who answers for what is late, per project, responsible unit or person, on the day
// shown. Every row opens the map at its projects, on the same day.

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { useProjectReport } from "@/data/project-report-query";
import { useProjects } from "@/data/projects-query";
import type { AccountabilityFilter, AccountabilityLevel, AccountabilityRow } from "@/domain/accountability";
import { ACCOUNTABILITY_LEVELS, NO_ACCOUNTABILITY_FILTER, filteredAccountability } from "@/domain/accountability";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import type { LonLatBox } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";
import { mapLink } from "@/state/map-links";
import { AccountabilityFilters } from "@/features/meeting/accountability-filters";
import { AccountabilityParcels } from "@/features/meeting/accountability-parcels";
import { accountabilityModel } from "@/features/meeting/accountability-model";
import { ExportButtons } from "@/components/export-buttons";
import { TableView } from "@/features/meeting/table-view";

export function AccountabilitySection({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useProjectReport(day);
  const projects = useProjects();
  const [level, setLevel] = useState<AccountabilityLevel>("project");
  const [filter, setFilter] = useState<AccountabilityFilter>(NO_ACCOUNTABILITY_FILTER);
  const today = day ?? dayInVietnam(new Date());

  const bounds = useMemo(() => new Map<string, LonLatBox | null>((projects.data ?? []).map((p) => [p.id, p.bounds])), [projects.data]);
  const rows = useMemo(() => filteredAccountability(report.data ?? [], level, filter, today), [report.data, level, filter, today]);
  const model = useMemo(() => {
    const href = (row: AccountabilityRow) => mapLink({
      bounds: unionBounds(row.projectIds.map((id) => bounds.get(id))),
      projectId: row.projectIds.length === 1 ? row.projectIds[0] : null,
      day,
    });
    return accountabilityModel(level, rows, {
      unassigned: t("meeting.tables.unassigned"), unknownResponsible: t("meeting.tables.unknownResponsible"), total: t("meeting.tables.total"),
    }, href);
  }, [level, rows, bounds, day, t]);

  if (report.isPending) return <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  if (report.isError) {
    return <ErrorMessage title={t("meeting.tables.loadError")} details={report.error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => void report.refetch()} />;
  }
  const caption = t(`meeting.tables.accountability.caption_${level}`);
  return (
    <>
      <p className="meeting-intro">{t("meeting.tables.accountability.intro")}</p>
      <div className="meeting-levels" role="group" aria-label={t("meeting.tables.accountability.levelLabel")}>
        {ACCOUNTABILITY_LEVELS.map((l) => (
          <button key={l} type="button" className="button button--small button--secondary" aria-pressed={l === level}
            onClick={() => setLevel(l)}>
            {t(`meeting.tables.accountability.level_${l}`)}
          </button>
        ))}
      </div>
      <AccountabilityFilters filter={filter} onChange={setFilter} />
      <div className="meeting-table-bar">
        <p className="meeting-count" role="status">{t("meeting.tables.rowCount", { count: rows.length, formatted: formatCount(rows.length, lang) })}</p>
        <ExportButtons model={model} rows={rows} day={day} what={caption} />
      </div>
      <TableView model={model} rows={rows} rowKey={(r) => r.key} caption={caption} />
      <AccountabilityParcels day={day} report={report.data} />
    </>
  );
}
