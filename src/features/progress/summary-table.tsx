// One progress table with a totals row. Wide, it is a table that scrolls sideways with the name
// column pinned; narrow (a side panel, a phone), each row becomes a compact block of lines.
// Explicit ARIA roles keep the table's meaning when CSS changes its display.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { LonLatBox } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";
import { sumFigures } from "@/domain/progress";
import { SummaryRow } from "@/features/progress/summary-row";
import type { TableRow } from "@/features/progress/table-rows";

interface SummaryTableProps {
  readonly caption: string;
  /** Header of the first column: "Loại dự án", "Dự án", "Địa bàn". */
  readonly nameHeader: string;
  readonly rows: readonly TableRow[];
  /** Where a row is on the map, by its key. */
  readonly boundsOf?: (key: string) => LonLatBox | null;
}

/** The table; an empty `rows` shows a short notice instead. */
export function SummaryTable({ caption, nameHeader, rows, boundsOf }: SummaryTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const hintId = useId();
  if (rows.length === 0) return <p className="status-message">{t("progress.empty")}</p>;
  const hasTargets = rows.some((r) => r.targets.length > 0);
  const canFly = boundsOf !== undefined && rows.some((r) => boundsOf(r.key) !== null);
  return (
    <>
      {canFly ? <p id={hintId} className="fly-hint">{t("leader.flyHint")}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="summary-table" role="table" aria-labelledby={captionId}>
          <caption id={captionId} className="sr-only">
            {caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" className="summary-table__name">{nameHeader}</th>
              <th scope="col" role="columnheader" className="num">{t("leader.colArea")}</th>
              <th scope="col" role="columnheader" className="summary-table__share">{t("progress.colShare")}</th>
              <th scope="col" role="columnheader" className="num">{t("progress.colParcels")}</th>
              <th scope="col" role="columnheader" className="num">{t("progress.colBlocked")}</th>
              {hasTargets ? <th scope="col" role="columnheader">{t("progress.colTargets")}</th> : null}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <SummaryRow key={row.key} name={row.name} note={row.note} figures={row.figures}
                targets={hasTargets ? row.targets : undefined} bounds={boundsOf?.(row.key)}
                hintId={canFly ? hintId : undefined} />
            ))}
          </tbody>
          {rows.length > 1 ? (
            <tfoot role="rowgroup">
              <SummaryRow name={t("progress.total")} figures={sumFigures(rows.map((r) => r.figures))}
                targets={hasTargets ? [] : undefined} bounds={canFly ? unionBounds(rows.map((r) => boundsOf(r.key))) : null}
                hintId={canFly ? hintId : undefined} />
            </tfoot>
          ) : null}
        </table>
      </div>
    </>
  );
}
