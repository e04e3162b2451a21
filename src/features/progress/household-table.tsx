// The "Hộ dân" tab: the household units per project or per area on the panel's day, each group
// with households, approved, paid, handed over, money (tỷ / triệu đồng), graves, utilities and
// resettlement plots, and a totals row for the projects (the province's own figures count a
// household in two projects once: the cards above give those).

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useHouseholdProgress } from "@/data/household-progress-query";
import { formatCount, formatNumber } from "@/domain/format";
import { formatVndShort, hasHouseholdFigures, sumHouseholdFigures, utilitiesText } from "@/domain/household-figures";
import type { HouseholdFigures } from "@/domain/household-types";
import { QueryState } from "@/features/progress/query-state";
import { useFiguresDay } from "@/features/progress/use-figures";

type Grouping = "project" | "admin_unit";

const HEADERS = ["colHouseholds", "colApproved", "colPaid", "colHanded", "colApprovedVnd", "colPaidVnd", "colGraves", "colPlots"] as const;

function Row({ row }: { row: HouseholdFigures }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cells = [
    formatCount(row.households, lang), formatCount(row.householdsPlanApproved, lang), formatCount(row.householdsPaid, lang),
    formatCount(row.householdsHandedOver, lang), formatVndShort(row.approvedVnd, lang), formatVndShort(row.paidVnd, lang),
    `${formatNumber(row.gravesMoved, lang)} / ${formatNumber(row.gravesTotal, lang)}`,
    `${formatCount(row.plotsReady, lang)} / ${formatCount(row.plotsNeeded, lang)}`,
  ];
  return (
    <tr role="row">
      <th role="rowheader" scope="row" className="summary-table__name">
        {row.name}
        {row.utilities.length > 0 ? (
          <span className="summary-table__note">{utilitiesText(row.utilities, lang, (k) => t(`householdFigures.kind_${k}`))}</span>
        ) : null}
      </th>
      {/* narrow, the headers are hidden and each cell shows its own as a label (CSS attr()) */}
      {cells.map((text, i) => <td key={HEADERS[i]} role="cell" className="num" data-label={t(`householdFigures.${HEADERS[i]!}`)}>{text}</td>)}
    </tr>
  );
}

/** The tab's table with its grouping switch. */
export function HouseholdTable() {
  const { t } = useTranslation();
  const id = useId();
  const [grouping, setGrouping] = useState<Grouping>("project");
  const figures = useHouseholdProgress(grouping, useFiguresDay());
  const caption = t(grouping === "project" ? "householdFigures.captionProject" : "householdFigures.captionArea");
  const rows = (figures.data ?? []).filter(hasHouseholdFigures).sort((a, b) => a.name.localeCompare(b.name, "vi", { numeric: true }));
  return (
    <>
      <div className="household-table__switch" role="group" aria-label={t("householdFigures.heading")}>
        {(["project", "admin_unit"] as const).map((g) => (
          <button key={g} type="button" className="button button--secondary button--small" aria-pressed={grouping === g}
            onClick={() => setGrouping(g)}>
            {t(g === "project" ? "householdFigures.byProject" : "householdFigures.byArea")}
          </button>
        ))}
      </div>
      {!figures.data ? <QueryState queries={[figures]} /> : rows.length === 0 ? <p className="status-message">{t("householdFigures.none")}</p> : (
        <>
          {grouping === "admin_unit" ? <p className="table-note">{t("householdFigures.areaNote")}</p> : null}
          <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table className="summary-table household-table" role="table" aria-labelledby={`${id}-caption`}>
              <caption id={`${id}-caption`} className="sr-only">{caption}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader" className="summary-table__name">{t("householdFigures.colName")}</th>
                  {HEADERS.map((h) => <th key={h} scope="col" role="columnheader" className="num">{t(`householdFigures.${h}`)}</th>)}
                </tr>
              </thead>
              <tbody role="rowgroup">{rows.map((row) => <Row key={row.key} row={row} />)}</tbody>
              {grouping === "project" && rows.length > 1 ? (
                <tfoot role="rowgroup"><Row row={sumHouseholdFigures(rows, "total", t("progress.total"))} /></tfoot>
              ) : null}
            </table>
          </div>
        </>
      )}
    </>
  );
}
