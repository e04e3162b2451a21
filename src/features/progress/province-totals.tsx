// Province totals: area handed over, completion share, parcels handed over and blocked
// parcels, followed by the province-wide targets.

import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import { useProjectInfrastructure } from "@/data/project-infrastructure-query";
import { useProgressSummary } from "@/data/progress-summary-query";
import { useTargets } from "@/data/targets-query";
import { formatCount, formatM2AsHa, formatPercent } from "@/domain/format";
import type { ProgressFigures } from "@/domain/progress";
import { clearedShare, sumFigures } from "@/domain/progress";
import { evaluateTargetsFor } from "@/domain/targets";
import { ProvinceTargets } from "@/features/progress/province-targets";
import { QueryState } from "@/features/progress/query-state";

/** The four headline figures of the whole province. */
export function ProvinceTotals() {
  const { t } = useTranslation();
  // The kind rows cover every parcel (each belongs to one project of one kind), and the kind
  // table shows the same query, so the totals cost no extra request.
  const byKind = useProgressSummary("kind");
  const targets = useTargets();
  const infrastructure = useProjectInfrastructure();
  if (!byKind.data || !targets.data || !infrastructure.data) {
    return <QueryState queries={[byKind, targets, infrastructure]} />;
  }
  const totals = sumFigures(byKind.data);
  const infrastructureDoneM2 = infrastructure.data.reduce((sum, p) => sum + p.infrastructureDoneM2, 0);
  // every project has exactly one kind, so the kind rows' started projects add up to the province's
  const startedProjects = byKind.data.reduce((sum, row) => sum + row.startedProjects, 0);
  if (totals.parcels === 0) return <p className="status-message">{t("progress.noParcels")}</p>;
  return (
    <>
      <TotalsCards totals={totals} />
      <ProvinceTargets
        evaluations={evaluateTargetsFor(targets.data, { level: "province" }, { ...totals, infrastructureDoneM2, startedProjects })}
      />
    </>
  );
}

function TotalsCards({ totals }: { totals: ProgressFigures }) {
  const { t } = useTranslation();
  const lang = useLang();
  const share = clearedShare(totals);
  return (
    <dl className="stat-cards">
      <div className="stat-card">
        <dt>{t("progress.clearedArea")}</dt>
        <dd className="stat-card__value">{formatM2AsHa(totals.clearedAreaM2, lang)}</dd>
        <dd className="stat-card__hint">{t("progress.ofTotalArea", { total: formatM2AsHa(totals.totalAreaM2, lang) })}</dd>
      </div>
      <div className="stat-card">
        <dt>{t("progress.share")}</dt>
        <dd className="stat-card__value">{formatPercent(share, lang)}</dd>
        <dd className="stat-card__bar">
          <ProgressBar share={share} />
        </dd>
        <dd className="stat-card__hint">{t("progress.shareHint")}</dd>
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
