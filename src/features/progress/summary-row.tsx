// One row of a progress table: the name (a button that shows the row on the map), area handed
// over of the total, share with a bar, parcels, blocked parcels and, when the table has them,
// targets. In a narrow panel the cells flow onto two or three lines (see progress.css).

import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import type { LonLatBox } from "@/geo/geometry";
import { formatCount, formatM2AsHa, formatNumber, formatPercent, m2ToHa } from "@/domain/format";
import type { ProgressFigures } from "@/domain/progress";
import { clearedShare } from "@/domain/progress";
import type { TargetEvaluation } from "@/domain/targets";
import { FlyToButton } from "@/features/progress/fly-to-button";
import { TargetList } from "@/features/progress/target-list";

interface SummaryRowProps {
  readonly name: string;
  readonly note?: string | null;
  readonly figures: ProgressFigures;
  /** The targets of this row; undefined when the table has no targets column. */
  readonly targets?: readonly TargetEvaluation[];
  /** Where the row is on the map; the name is a button when known. */
  readonly bounds?: LonLatBox | null;
  /** The id of the "select a name to see it on the map" hint. */
  readonly hintId?: string;
}

/** A table row whose first cell is the row header. */
export function SummaryRow({ name, note, figures, targets, bounds, hintId }: SummaryRowProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const share = clearedShare(figures);
  const totalHa = m2ToHa(figures.totalAreaM2);
  const digits = totalHa > 0 && totalHa < 1 ? 2 : 1;
  return (
    <tr role="row">
      <th scope="row" role="rowheader" className="summary-table__name">
        <FlyToButton bounds={bounds} describedBy={hintId}>{name}</FlyToButton>
        {note ? <span className="summary-table__note">{note}</span> : null}
      </th>
      <td role="cell" className="num summary-table__area">
        {formatNumber(m2ToHa(figures.clearedAreaM2), lang, digits)} / {formatM2AsHa(figures.totalAreaM2, lang, digits)}
      </td>
      <td role="cell" className="summary-table__share">
        <ProgressBar share={share} />
        <span className="summary-table__percent">{formatPercent(share, lang)}</span>
      </td>
      <td role="cell" className="num summary-table__parcels">
        {formatCount(figures.clearedParcels, lang)} / {formatCount(figures.parcels, lang)}
        <span className="narrow-only"> {t("leader.parcelsUnit")}</span>
      </td>
      <td role="cell" className={`num summary-table__blocked${figures.blockedParcels > 0 ? " num--alert" : " num--zero"}`}>
        {formatCount(figures.blockedParcels, lang)}
        <span className="narrow-only"> {t("leader.blockedUnit")}</span>
      </td>
      {targets ? (
        <td role="cell" className={`summary-table__targets${targets.length === 0 ? " summary-table__targets--empty" : ""}`}>
          <TargetList evaluations={targets} />
        </td>
      ) : null}
    </tr>
  );
}
