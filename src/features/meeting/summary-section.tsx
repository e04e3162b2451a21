// "Biểu tổng hợp tiến độ GPMB": one row per followed project on the day shown, with a totals row,
// the project's targets in its row and the province-wide targets (and those no row shows) below.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useProjectReport } from "@/data/project-report-query";
import { useHouseholdProgress } from "@/data/household-progress-query";
import { useTargetProgress } from "@/data/target-progress-query";
import { dayInVietnam } from "@/domain/clock";
import { formatCount } from "@/domain/format";
import { sumHouseholdFigures } from "@/domain/household-figures";
import type { HouseholdFigures } from "@/domain/household-types";
import { provinceSummaryTargets, targetsAt } from "@/domain/targets";
import { mapLink } from "@/state/map-links";
import { ExportButtons } from "@/components/export-buttons";
import { ExportParcels } from "@/features/meeting/export-parcels";
import { summaryModel } from "@/features/meeting/summary-model";
import { targetText } from "@/features/meeting/summary-targets";
import { useProjectPlaces } from "@/features/meeting/table-places";
import { TableView } from "@/features/meeting/table-view";

/** A project household_progress did not list (created since): nothing recorded. */
const NO_HOUSEHOLDS = (key: string): HouseholdFigures => sumHouseholdFigures([], key);

export function SummarySection({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useProjectReport(day);
  const targets = useTargetProgress(day ?? undefined);
  const households = useHouseholdProgress("project", day);
  const places = useProjectPlaces();
  const today = day ?? dayInVietnam(new Date());
  const householdsById = useMemo(() => new Map((households.data ?? []).map((f) => [f.key, f])), [households.data]);
  const rows = useMemo(() => (report.data ?? []).filter((r) => r.retiredAt === null), [report.data]);
  const model = useMemo(() => summaryModel(rows, today, {
    lang, total: t("meeting.tables.total"), unknownResponsible: t("meeting.tables.unknownResponsible"),
    targets: (projectId) => {
      const list = targetsAt(targets.data ?? [], { level: "project", projectId });
      return list.length > 0 ? list.map((target) => targetText(target, lang, t)).join("; ") : null;
    },
    households: (projectId) => householdsById.get(projectId) ?? (households.data ? NO_HOUSEHOLDS(projectId) : null),
    itemKind: (kind) => t(`householdFigures.kind_${kind}`),
  }, (r) => mapLink({ bounds: places.bounds(r.id), projectId: r.id, day })), [rows, today, lang, t, targets.data, places, day, householdsById, households.data]);
  const others = useMemo(() => provinceSummaryTargets(targets.data ?? [], {
    kinds: new Set(), projects: new Set(rows.map((r) => r.id)), adminUnits: new Set(),
  }), [targets.data, rows]);

  if (report.isPending) return <LoadingMessage>{t("meeting.tables.loading")}</LoadingMessage>;
  if (report.isError) {
    return <ErrorMessage title={t("meeting.tables.loadError")} details={report.error.message} detailsLabel={t("meeting.tables.details")}
      retryLabel={t("meeting.tables.retry")} onRetry={() => void report.refetch()} />;
  }
  const caption = t("meeting.tables.summary.caption");
  return (
    <>
      <p className="meeting-intro">{t("meeting.tables.summary.intro")}</p>
      <div className="meeting-table-bar">
        <p className="meeting-count" role="status">{t("meeting.tables.summary.count", { count: rows.length, formatted: formatCount(rows.length, lang) })}</p>
        <ExportButtons model={model} rows={rows} day={day} what={caption} />
      </div>
      <TableView model={model} rows={rows} rowKey={(r) => r.id} caption={caption} />
      {others.length > 0 ? (
        <section className="meeting-other-targets" aria-labelledby="meeting-other-targets">
          <h3 id="meeting-other-targets">{t("meeting.tables.summary.otherTargets")}</h3>
          <ul>{others.map((target) => <li key={target.id}>{targetText(target, lang, t)}</li>)}</ul>
        </section>
      ) : null}
      {targets.isError ? <p className="field-error" role="alert">{t("meeting.tables.summary.targetsError")}</p> : null}
      {households.isError ? <p className="field-error" role="alert">{t("householdFigures.loadError")}</p> : null}
      <ExportParcels />
    </>
  );
}
