// One row of a progress table: the name (a button that shows the row on the map), area handed
// over of the area the share is measured against, the share with a bar (and, where the parcels
// entered cover less than the legal area, by how much), parcels and blocked parcels. In a narrow
// panel the cells flow onto two or three lines (see progress.css).

import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import type { LonLatBox } from "@/geo/geometry";
import { formatCount, formatM2AsHa, formatNumber, formatPercent, m2ToHa } from "@/domain/format";
import type { ProgressFigures, ShareBasis } from "@/domain/progress";
import { clearedShareOf } from "@/domain/progress";
import { FlyToButton } from "@/features/progress/fly-to-button";
import { partialEntryText } from "@/features/progress/target-text";
import type { Responsible } from "@/features/progress/table-rows";

interface SummaryRowProps {
  readonly name: string;
  readonly note?: string | null;
  /** A project's responsible unit and person, under its name. */
  readonly responsible?: Responsible | null;
  readonly figures: ProgressFigures;
  /** What the table's shares are measured against (its column header says so). */
  readonly tableBasis: ShareBasis;
  /** Where the row is on the map; the name is a button when known. */
  readonly bounds?: LonLatBox | null;
  /** The id of the "select a name to see it on the map" hint. */
  readonly hintId?: string;
  /** The row's class, e.g. when its targets follow in a row of their own. */
  readonly className?: string;
}

/** A table row whose first cell is the row header. */
export function SummaryRow({ name, note, responsible, figures, tableBasis, bounds, hintId, className }: SummaryRowProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { share, basis, baseM2, partialEntry } = clearedShareOf(figures);
  const baseHa = m2ToHa(baseM2);
  const digits = baseHa > 0 && baseHa < 1 ? 2 : 1;
  return (
    <tr role="row" className={className}>
      <th scope="row" role="rowheader" className="summary-table__name">
        <FlyToButton bounds={bounds} describedBy={hintId}>{name}</FlyToButton>
        {note ? <span className="summary-table__note">{note}</span> : null}
        {responsible?.unit ? <span className="summary-table__who">{t("progress.responsibleUnit", { unit: responsible.unit })}</span> : null}
        {responsible?.person ? <span className="summary-table__who">{t("progress.responsiblePerson", { person: responsible.person })}</span> : null}
      </th>
      <td role="cell" className="num summary-table__area">
        {formatNumber(m2ToHa(figures.clearedAreaM2), lang, digits)} / {formatM2AsHa(baseM2, lang, digits)}
      </td>
      <td role="cell" className="summary-table__share">
        <ProgressBar share={share} />
        <span className="summary-table__percent">{formatPercent(share, lang)}</span>
        {partialEntry !== null ? (
          <span className="summary-table__entry">{partialEntryText(partialEntry, { t, lang })}</span>
        ) : basis !== tableBasis ? (
          // e.g. a project without a legal area, in a table of shares of the legal area
          <span className="summary-table__entry">{t("progress.shareHintEntered")}</span>
        ) : null}
      </td>
      <td role="cell" className="num summary-table__parcels">
        {formatCount(figures.clearedParcels, lang)} / {formatCount(figures.parcels, lang)}
        <span className="narrow-only"> {t("leader.parcelsUnit")}</span>
      </td>
      <td role="cell" className={`num summary-table__blocked${figures.blockedParcels > 0 ? " num--alert" : " num--zero"}`}>
        {formatCount(figures.blockedParcels, lang)}
        <span className="narrow-only"> {t("leader.blockedUnit")}</span>
      </td>
    </tr>
  );
}
