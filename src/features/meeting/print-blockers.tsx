// The report's blocker list: the blockers older than STALE_BLOCKER_DAYS on the report's day,
// with who must act (project_report's tallies), the most stale parcels first, cut for paper.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { useProjectReport } from "@/data/project-report-query";
import { formatCount, formatDate, formatM2AsHa } from "@/domain/format";
import { printBlockerRows } from "@/features/meeting/print-lists";

const COLUMNS = ["no", "project", "reason", "responsible", "staleParcels", "area", "since"] as const;

export function PrintBlockers({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useProjectReport(day);
  if (report.error) return <p role="alert">{t("meeting.print.listError")}</p>;
  if (!report.data) return <LoadingMessage>{t("meeting.print.listLoading")}</LoadingMessage>;
  const list = printBlockerRows(report.data);
  if (list.rows.length === 0) return <p>{t("meeting.print.noBlockers")}</p>;
  return (
    <table className="print-table print-table--list">
      <thead>
        <tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`meeting.print.col.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {list.rows.map(({ project, blocker }, i) => (
          <tr key={`${project.id}|${blocker.reason}|${blocker.responsible ?? ""}`}>
            <td className="print-num">{i + 1}</td>
            <td>{project.name}</td>
            <td>{blocker.reason}</td>
            <td>{blocker.responsible ?? t("meeting.print.noResponsible")}</td>
            <td className="print-num">{formatCount(blocker.staleParcels, lang)} / {formatCount(blocker.parcels, lang)}</td>
            <td className="print-num">{formatM2AsHa(blocker.areaM2, lang, 2)}</td>
            <td>{formatDate(blocker.oldestSince ? new Date(blocker.oldestSince) : null, lang)}</td>
          </tr>
        ))}
        {list.more > 0 ? (
          <tr><td colSpan={COLUMNS.length} className="print-more">{t("meeting.print.moreRows", { count: list.more })}</td></tr>
        ) : null}
      </tbody>
    </table>
  );
}
