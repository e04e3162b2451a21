// One progress table with a totals row. Wide, it is a table that scrolls sideways with the name
// column pinned; narrow (a side panel, a phone), each row becomes a compact block of lines.
// A row's targets have a lot of text: they follow it in a row of their own that spans the
// table, rather than a cramped cell. Explicit ARIA roles keep the table's meaning when CSS
// changes its display.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { LonLatBox } from "@/geo/geometry";
import { unionBounds } from "@/geo/boxes";
import type { ShareBasis } from "@/domain/progress";
import { sumFigures } from "@/domain/progress";
import { SummaryRow } from "@/features/progress/summary-row";
import type { TableRow } from "@/features/progress/table-rows";
import { TargetList } from "@/features/progress/target-list";

/** The table's columns, for the targets row that spans them. */
const COLUMNS = 5;

interface SummaryTableProps {
  readonly caption: string;
  /** Header of the first column: "Loại dự án", "Dự án", "Địa bàn". */
  readonly nameHeader: string;
  readonly rows: readonly TableRow[];
  /** What the shares are measured against: the legal area to clear, or the parcels entered. */
  readonly basis: ShareBasis;
  /** A note above the table (e.g. what the shares of areas are measured against). */
  readonly note?: string;
  /** Where a row is on the map, by its key. */
  readonly boundsOf?: (key: string) => LonLatBox | null;
}

/** The table; an empty `rows` shows a short notice instead. */
export function SummaryTable({ caption, nameHeader, rows, basis, note, boundsOf }: SummaryTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const hintId = useId();
  if (rows.length === 0) return <p className="status-message">{t("progress.empty")}</p>;
  const canFly = boundsOf !== undefined && rows.some((r) => boundsOf(r.key) !== null);
  return (
    <>
      {note ? <p className="table-note">{note}</p> : null}
      {canFly ? <p id={hintId} className="fly-hint">{t("leader.flyHint")}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="summary-table" role="table" aria-labelledby={captionId}>
          <caption id={captionId} className="sr-only">
            {caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" className="summary-table__name">{nameHeader}</th>
              <th scope="col" role="columnheader" className="num">
                {t(basis === "entered" ? "leader.colAreaEntered" : "leader.colAreaToClear")}
              </th>
              <th scope="col" role="columnheader" className="summary-table__share">{t("progress.colShare")}</th>
              <th scope="col" role="columnheader" className="num">{t("progress.colParcels")}</th>
              <th scope="col" role="columnheader" className="num">{t("progress.colBlocked")}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.flatMap((row) => [
              <SummaryRow key={row.key} name={row.name} note={row.note} responsible={row.responsible} figures={row.figures} tableBasis={basis}
                bounds={boundsOf?.(row.key)} hintId={canFly ? hintId : undefined}
                className={row.targets.length > 0 ? "summary-table__row--with-targets" : undefined} />,
              row.targets.length > 0 ? (
                <tr key={`${row.key}-targets`} role="row" className="summary-table__targets-row">
                  <td role="cell" colSpan={COLUMNS} className="summary-table__targets">
                    <TargetList targets={row.targets} label={t("targets.rowTargets", { name: row.name })} />
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
          {rows.length > 1 ? (
            <tfoot role="rowgroup">
              <SummaryRow name={t("progress.total")} figures={sumFigures(rows.map((r) => r.figures))} tableBasis={basis}
                bounds={canFly ? unionBounds(rows.map((r) => boundsOf(r.key))) : null}
                hintId={canFly ? hintId : undefined} />
            </tfoot>
          ) : null}
        </table>
      </div>
    </>
  );
}
