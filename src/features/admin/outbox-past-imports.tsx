// The imports done, newest first: when, by whom, whose file from which device (and when it was
// exported), why, and what came of it. Leaders and admins read it.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useOutboxImports } from "@/data/outbox-import-api";
import { formatDateTime } from "@/domain/format";
import { countsText } from "@/features/admin/outbox-import-results";
import { QueryBlock } from "@/features/admin/query-block";

export function OutboxPastImports() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useOutboxImports();
  const col = (key: "colAt" | "colBy" | "colOfficer" | "colDevice" | "colExported" | "colReason" | "colCounts") => t(`outboxImport.past.${key}`);
  return (
    <section aria-labelledby="outbox-past-heading">
      <h3 id="outbox-past-heading">{t("outboxImport.past.heading")}</h3>
      <QueryBlock query={query}>
        {(rows) => rows.length === 0 ? <p>{t("outboxImport.past.empty")}</p> : (
          <div className="admin-table-wrap">
            <table className="admin-table admin-table--stack" aria-label={t("outboxImport.past.label")}>
              <thead>
                <tr>
                  {(["colAt", "colBy", "colOfficer", "colDevice", "colExported", "colReason", "colCounts"] as const)
                    .map((k) => <th key={k} scope="col">{col(k)}</th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.importId}>
                    <td data-label={col("colAt")} className="admin-table__code">{formatDateTime(r.createdAt, lang)}</td>
                    <td data-label={col("colBy")} className="admin-table__email">{r.importedByEmail ?? "–"}</td>
                    <td data-label={col("colOfficer")} className="admin-table__email">{r.userEmail ?? "–"}</td>
                    <td data-label={col("colDevice")} className="outbox-import__id">{r.deviceId}</td>
                    <td data-label={col("colExported")} className="admin-table__code">{formatDateTime(r.exportedAt, lang)}</td>
                    <td data-label={col("colReason")}>{r.reason}</td>
                    <td data-label={col("colCounts")}>{r.counts ? countsText(r.counts, t, lang) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryBlock>
    </section>
  );
}
