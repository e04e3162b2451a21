// Province totals: area handed over, completion share (of the legal area to clear), parcels
// handed over and blocked parcels, followed by the province's targets.

import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import { formatCount, formatM2AsHa, formatPercent } from "@/domain/format";
import type { ProgressFigures } from "@/domain/progress";
import { clearedShareOf, sumFigures } from "@/domain/progress";
import { ProvinceTargets } from "@/features/progress/province-targets";
import { QueryState } from "@/features/progress/query-state";
import { partialEntryText } from "@/features/progress/target-text";
import { useProgressFigures } from "@/features/progress/use-figures";

/** The four headline figures of the whole province, and its targets. */
export function ProvinceTotals() {
  const { t } = useTranslation();
  // The kind rows cover every parcel and project (each belongs to one project of one kind), and
  // the kind table shows the same query: the totals cost no extra request. The project rows are
  // the same query's answer before it is summed by kind.
  const byKind = useProgressFigures("kind");
  const byProject = useProgressFigures("project");
  if (!byKind.data || !byProject.data) return <QueryState queries={[byKind, byProject]} />;
  const totals = sumFigures(byKind.data);
  return (
    <>
      {totals.parcels === 0 ? <p className="status-message">{t("progress.noParcels")}</p> : <TotalsCards totals={totals} />}
      <ProvinceTargets kinds={new Set(byKind.data.map((r) => r.key))} projects={new Set(byProject.data.map((r) => r.key))} />
    </>
  );
}

function TotalsCards({ totals }: { totals: ProgressFigures }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { share, basis, baseM2, partialEntry } = clearedShareOf(totals);
  const ofLegal = basis === "area_to_clear";
  return (
    <dl className="stat-cards">
      <div className="stat-card">
        <dt>{t("progress.clearedArea")}</dt>
        <dd className="stat-card__value">{formatM2AsHa(totals.clearedAreaM2, lang)}</dd>
        <dd className="stat-card__hint">
          {t(ofLegal ? "progress.ofAreaToClear" : "progress.ofEnteredArea", { total: formatM2AsHa(baseM2, lang) })}
        </dd>
      </div>
      <div className="stat-card">
        <dt>{t("progress.share")}</dt>
        <dd className="stat-card__value">{formatPercent(share, lang)}</dd>
        <dd className="stat-card__bar">
          <ProgressBar share={share} />
        </dd>
        <dd className="stat-card__hint">{t(ofLegal ? "progress.shareHint" : "progress.shareHintEntered")}</dd>
        {partialEntry !== null ? (
          <dd className="stat-card__hint stat-card__entry">{partialEntryText(partialEntry, { t, lang })}</dd>
        ) : null}
      </div>
      <div className="stat-card">
        <dt>{t("progress.clearedParcels")}</dt>
        <dd className="stat-card__value">{formatCount(totals.clearedParcels, lang)}</dd>
        <dd className="stat-card__hint">{t("progress.ofTotalParcels", { total: formatCount(totals.parcels, lang) })}</dd>
      </div>
      <div className={totals.blockedParcels > 0 ? "stat-card stat-card--alert" : "stat-card"}>
        <dt>{t("progress.blockedParcels")}</dt>
        <dd className="stat-card__value">{formatCount(totals.blockedParcels, lang)}</dd>
        <dd className="stat-card__hint">{t("progress.blockedHint")}</dd>
      </div>
    </dl>
  );
}
