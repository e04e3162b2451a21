// What an import (or its dry run) decided for each change of the file: the parcel (project, map
// sheet, parcel number), the outcome in words and the server's note, with the counts above.

import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import type { ImportAnswer, ImportCounts, ImportEventResult } from "@/domain/outbox-import-types";
import { IMPORT_STATUSES } from "@/domain/outbox-import-types";

/** "Đã ghi: 2 · Tạm giữ, không gửi: 1": the statuses that occur, in the server's order. */
export function countsText(counts: ImportCounts, t: TFunction, lang: Lang): string {
  const parts = IMPORT_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => t("outboxImport.count", { status: t(`outboxImport.status.${s}`), count: formatCount(counts[s], lang) }));
  return parts.length > 0 ? parts.join(" · ") : "–";
}

function parcelText(e: ImportEventResult, t: TFunction): string {
  if (e.projectName === null) return t("outboxImport.results.unknownParcel", { id: e.parcelId ?? "–" });
  return t("outboxImport.results.parcel", { project: e.projectName, sheet: e.mapSheet ?? "–", no: e.parcelNo ?? "–" });
}

export function OutboxImportResults({ answer }: { answer: ImportAnswer }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p className="outbox-import__counts">{countsText(answer.counts, t, lang)}</p>
      <div className="admin-table-wrap">
        <table className="admin-table admin-table--stack" aria-label={t("outboxImport.results.label")}>
          <thead>
            <tr>
              <th scope="col">{t("outboxImport.results.colParcel")}</th>
              <th scope="col">{t("outboxImport.results.colStatus")}</th>
              <th scope="col">{t("outboxImport.results.colMessage")}</th>
            </tr>
          </thead>
          <tbody>
            {answer.events.map((e, i) => (
              <tr key={e.eventId ?? i} className={`outbox-import__row--${e.status}`}>
                <td data-label={t("outboxImport.results.colParcel")}>{parcelText(e, t)}</td>
                <td data-label={t("outboxImport.results.colStatus")}><span className={`admin-badge outbox-import__status--${e.status}`}>{t(`outboxImport.status.${e.status}`)}</span></td>
                <td data-label={t("outboxImport.results.colMessage")}>{e.message ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
