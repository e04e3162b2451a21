// The report's blocker list: per project, the blockers older than STALE_BLOCKER_DAYS on the
// report's day, with who must act (project_report's tallies, most parcels first).

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { LoadingMessage } from "@/components/status-message";
import { useProjectReport } from "@/data/project-report-query";
import { formatCount, formatDate, formatM2AsHa } from "@/domain/format";

const COLUMNS = ["no", "project", "reason", "responsible", "parcels", "area", "since"] as const;

export function PrintBlockers({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useProjectReport(day);
  if (report.error) return <p role="alert">{t("meeting.print.listError")}</p>;
  if (!report.data) return <LoadingMessage>{t("meeting.print.listLoading")}</LoadingMessage>;
  const rows = report.data.flatMap((project) =>
    project.blockers.filter((b) => b.staleParcels > 0).map((b) => ({ project, blocker: b })));
  if (rows.length === 0) return <p>{t("meeting.print.noBlockers")}</p>;
  return (
    <table className="print-table print-table--list">
      <thead>
        <tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`meeting.print.col.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map(({ project, blocker }, i) => (
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
      </tbody>
    </table>
  );
}
