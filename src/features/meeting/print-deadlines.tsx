// The report's deadline list: per project and rule, how many parcels are past (red) or near
// (amber) a legal deadline on the report's day (deadlineFlags on parcel_timeline), with the
// rule and its article, the most overdue first, cut for paper.

import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { parcelTimelineQuery } from "@/data/parcel-timeline-query";
import { useProjectReport } from "@/data/project-report-query";
import { deadlineRule } from "@/domain/deadline-rules";
import { formatCount, formatDate } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import type { ProjectReportRow } from "@/domain/meeting-types";
import { measuredDay } from "@/features/meeting/burnup-hook";
import { printDeadlineRows } from "@/features/meeting/print-lists";

const COLUMNS = ["no", "project", "rule", "red", "amber", "firstLimit"] as const;

function DeadlineTable({ projects, day }: { projects: readonly ProjectReportRow[]; day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const timelines = useQueries({ queries: projects.map((p) => parcelTimelineQuery({ projectId: p.id }, day)) });
  if (timelines.some((q) => q.error)) return <p role="alert">{t("meeting.print.listError")}</p>;
  if (timelines.some((q) => !q.data)) return <LoadingMessage>{t("meeting.print.listLoading")}</LoadingMessage>;
  const list = printDeadlineRows(projects.map((project, i) => ({ project, parcels: timelines[i]?.data ?? [] })), measuredDay(day));
  if (list.rows.length === 0) return <p>{t("meeting.print.noDeadlines")}</p>;
  return (
    <table className="print-table print-table--list">
      <thead>
        <tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`meeting.print.col.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {list.rows.map((row, i) => {
          const rule = deadlineRule(row.ruleId);
          return (
            <tr key={`${row.project.id}|${row.ruleId}`}>
              <td className="print-num">{i + 1}</td>
              <td>{row.project.name}</td>
              <td>{labelIn({ labelVi: rule.labelVi, labelEn: rule.labelEn }, lang)} ({lang === "vi" ? rule.articleVi : rule.articleEn})</td>
              <td className="print-num print-red">{formatCount(row.red, lang)}</td>
              <td className="print-num">{formatCount(row.amber, lang)}</td>
              <td>{formatDate(row.firstLimit, lang)}</td>
            </tr>
          );
        })}
        {list.more > 0 ? (
          <tr><td colSpan={COLUMNS.length} className="print-more">{t("meeting.print.moreRows", { count: list.more })}</td></tr>
        ) : null}
      </tbody>
    </table>
  );
}

export function PrintDeadlines({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const report = useProjectReport(day);
  if (report.error) return <p role="alert">{t("meeting.print.listError")}</p>;
  if (!report.data) return <LoadingMessage>{t("meeting.print.listLoading")}</LoadingMessage>;
  // a retired project, or one all handed over, has no deadline left to keep
  const open = report.data.filter((p) => p.retiredAt === null && p.parcels > p.clearedParcels);
  if (open.length === 0) return <p>{t("meeting.print.noDeadlines")}</p>;
  return <DeadlineTable projects={open} day={day} />;
}
