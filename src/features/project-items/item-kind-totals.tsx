// The project's items summed per kind above the long list (a corridor has hundreds of graves):
// how many items, their total and how much is moved, with the share moved.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { ProjectItemRow } from "@/domain/household-types";
import { formatNumber, formatPercent } from "@/domain/format";
import { itemTotalsByKind } from "@/features/project-items/project-items-model";

export function ItemKindTotals({ items, captionId }: { readonly items: readonly ProjectItemRow[]; readonly captionId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const totals = itemTotalsByKind(items);
  return (
    <div className="project-items__scroll project-items__totals" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="project-items__table">
        <caption id={captionId}>{t("projectItems.totalsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("projectItems.colKind")}</th>
            <th scope="col" className="num">{t("projectItems.colItems")}</th>
            <th scope="col" className="num">{t("projectItems.colTotal")}</th>
            <th scope="col" className="num">{t("projectItems.colDone")}</th>
            <th scope="col" className="num">{t("projectItems.colShare")}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => {
            const unit = row.unit === "m" ? ` ${t("projectItems.unitM")}` : "";
            return (
              <tr key={`${row.kind}/${row.unit}`}>
                <th scope="row">{t(`householdFigures.kind_${row.kind}`)}</th>
                <td className="num">{formatNumber(row.items, lang)}</td>
                <td className="num">{formatNumber(row.total, lang)}{unit}</td>
                <td className="num">{formatNumber(row.done, lang)}{unit}</td>
                <td className="num">{formatPercent(row.total > 0 ? row.done / row.total : 0, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
