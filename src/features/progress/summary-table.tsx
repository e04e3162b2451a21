// One progress table with a totals row. It scrolls sideways on narrow screens, the name column
// staying put.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { sumFigures } from "@/domain/progress";
import { SummaryRow } from "@/features/progress/summary-row";
import type { TableRow } from "@/features/progress/table-rows";

interface SummaryTableProps {
  readonly caption: string;
  /** Header of the first column: "Loại dự án", "Dự án", "Địa bàn". */
  readonly nameHeader: string;
  readonly rows: readonly TableRow[];
}

/** The table; an empty `rows` shows a short notice instead. */
export function SummaryTable({ caption, nameHeader, rows }: SummaryTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  if (rows.length === 0) return <p className="status-message">{t("progress.empty")}</p>;
  const hasTargets = rows.some((r) => r.targets.length > 0);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="summary-table">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="summary-table__name">{nameHeader}</th>
            <th scope="col" className="num">{t("progress.colCleared")}</th>
            <th scope="col" className="num">{t("progress.colTotal")}</th>
            <th scope="col" className="summary-table__share">{t("progress.colShare")}</th>
            <th scope="col" className="num">{t("progress.colParcels")}</th>
            <th scope="col" className="num">{t("progress.colBlocked")}</th>
            {hasTargets ? <th scope="col">{t("progress.colTargets")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SummaryRow key={row.key} name={row.name} note={row.note} figures={row.figures}
              targets={hasTargets ? row.targets : undefined} />
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot>
            <SummaryRow name={t("progress.total")} figures={sumFigures(rows.map((r) => r.figures))}
              targets={hasTargets ? [] : undefined} />
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
