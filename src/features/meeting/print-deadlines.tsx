// The report's deadline list: per project, the parcels past (red) or near (amber) a legal
// deadline on the report's day (deadlineFlags on parcel_timeline), with the rule and its
// article. Long lists are cut on paper: the meeting page has them all.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { useParcelTimeline } from "@/data/parcel-timeline-query";
import { useProjectReport } from "@/data/project-report-query";
import { deadlineFlags, deadlineRule } from "@/domain/deadline-rules";
import { formatDate } from "@/domain/format";
import type { ProjectReportRow } from "@/domain/meeting-types";
import { measuredDay } from "@/features/meeting/burnup-hook";

/** Flags printed per project at most. */
const MAX_ROWS_PER_PROJECT = 15;

function ProjectFlags({ project, day }: { project: ProjectReportRow; day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const timeline = useParcelTimeline(project.id, day);
  if (!timeline.data) return null;
  const today = measuredDay(day);
  const flagged = timeline.data.flatMap((parcel) =>
    deadlineFlags(parcel, today).map((flag) => ({ parcel, flag })));
  if (flagged.length === 0) return null;
  const shown = flagged.slice(0, MAX_ROWS_PER_PROJECT);
  return (
    <>
      {shown.map(({ parcel, flag }) => {
        const rule = deadlineRule(flag.ruleId);
        return (
          <tr key={`${parcel.id}|${flag.ruleId}`} className={`print-flag print-flag--${flag.level}`}>
            <td>{project.name}</td>
            <td>{parcel.mapSheet}/{parcel.parcelNo}</td>
            <td>{lang === "vi" ? rule.labelVi : rule.labelEn} ({lang === "vi" ? rule.articleVi : rule.articleEn})</td>
            <td>{t(`meeting.print.${flag.level}`)}</td>
            <td>{formatDate(flag.limitDay, lang)}</td>
          </tr>
        );
      })}
      {flagged.length > shown.length ? (
        <tr><td colSpan={5}>… +{flagged.length - shown.length}</td></tr>
      ) : null}
    </>
  );
}

export function PrintDeadlines({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const report = useProjectReport(day);
  if (report.error) return <p role="alert">{t("meeting.print.listError")}</p>;
  if (!report.data) return <LoadingMessage>{t("meeting.print.listLoading")}</LoadingMessage>;
  const projects = report.data.filter((p) => p.retiredAt === null && p.parcels > p.clearedParcels);
  if (projects.length === 0) return <p>{t("meeting.print.noDeadlines")}</p>;
  return (
    <table className="print-table print-table--list">
      <thead>
        <tr>
          {(["project", "parcel", "rule", "level", "due"] as const).map((c) => (
            <th key={c} scope="col">{t(`meeting.print.col.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => <ProjectFlags key={p.id} project={p} day={day} />)}
      </tbody>
    </table>
  );
}
