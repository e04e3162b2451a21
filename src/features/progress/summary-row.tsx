// One row of a progress table: cleared and total area, share with a bar, parcels, blocked
// parcels and, when the table has them, targets.

import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import { formatCount, formatM2AsHa, formatPercent } from "@/domain/format";
import type { ProgressFigures } from "@/domain/progress";
import { clearedShare } from "@/domain/progress";
import type { TargetEvaluation } from "@/domain/targets";
import { TargetList } from "@/features/progress/target-list";

interface SummaryRowProps {
  readonly name: string;
  readonly note?: string | null;
  readonly figures: ProgressFigures;
  /** The targets of this row; undefined when the table has no targets column. */
  readonly targets?: readonly TargetEvaluation[];
}

/** A table row whose first cell is the row header. */
export function SummaryRow({ name, note, figures, targets }: SummaryRowProps) {
  const lang = useLang();
  const share = clearedShare(figures);
  return (
    <tr>
      <th scope="row" className="summary-table__name">
        {name}
        {note ? <span className="summary-table__note">{note}</span> : null}
      </th>
      <td className="num">{formatM2AsHa(figures.clearedAreaM2, lang)}</td>
      <td className="num">{formatM2AsHa(figures.totalAreaM2, lang)}</td>
      <td className="summary-table__share">
        <ProgressBar share={share} />
        <span className="summary-table__percent">{formatPercent(share, lang)}</span>
      </td>
      <td className="num">
        {formatCount(figures.clearedParcels, lang)} / {formatCount(figures.parcels, lang)}
      </td>
      <td className={figures.blockedParcels > 0 ? "num num--alert" : "num"}>{formatCount(figures.blockedParcels, lang)}</td>
      {targets ? (
        <td className="summary-table__targets">
          <TargetList evaluations={targets} />
        </td>
      ) : null}
    </tr>
  );
}
