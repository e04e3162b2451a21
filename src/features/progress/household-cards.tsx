// The province's household units under its headline figures, on the panel's day: households
// affected, with an approved plan, paid in full, handed over; money approved and paid (written in
// tỷ / triệu đồng); graves moved; utilities relocated by kind; resettlement plots ready.

import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import { useHouseholdProgress } from "@/data/household-progress-query";
import { formatCount, formatNumber, formatWholePercent } from "@/domain/format";
import { formatVndShort, hasHouseholdFigures, sumHouseholdFigures } from "@/domain/household-figures";
import type { HouseholdFigures } from "@/domain/household-types";
import { QueryState } from "@/features/progress/query-state";
import { useFiguresDay } from "@/features/progress/use-figures";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** One card: a label, a count "of" a total with its bar. */
function CountCard({ label, value, total, hint }: { label: string; value: number; total: number; hint: string }) {
  const lang = useLang();
  return (
    <div className="stat-card">
      <dt>{label}</dt>
      <dd className="stat-card__value">{formatCount(value, lang)}</dd>
      <dd className="stat-card__bar"><ProgressBar share={share(value, total)} /></dd>
      <dd className="stat-card__hint">{hint}</dd>
    </div>
  );
}

/** The cards of one group's figures. */
export function HouseholdCards({ figures }: { figures: HouseholdFigures }) {
  const { t } = useTranslation();
  const lang = useLang();
  const of = (n: number) => t("householdFigures.ofHouseholds", { total: formatCount(n, lang) });
  const moneyHint = figures.approvedVnd === null ? t("householdFigures.moneyWithheld") : null;
  return (
    <dl className="stat-cards household-cards" aria-label={t("householdFigures.heading")}>
      <div className="stat-card">
        <dt>{t("householdFigures.households")}</dt>
        <dd className="stat-card__value">{formatCount(figures.households, lang)}</dd>
        <dd className="stat-card__hint">{t("householdFigures.householdsHint")}</dd>
      </div>
      <CountCard label={t("householdFigures.planApproved")} value={figures.householdsPlanApproved} total={figures.households} hint={of(figures.households)} />
      <CountCard label={t("householdFigures.paid")} value={figures.householdsPaid} total={figures.households} hint={of(figures.households)} />
      <CountCard label={t("householdFigures.handedOver")} value={figures.householdsHandedOver} total={figures.households} hint={of(figures.households)} />
      <div className="stat-card">
        <dt>{t("householdFigures.approvedVnd")}</dt>
        <dd className="stat-card__value">{formatVndShort(figures.approvedVnd, lang)}</dd>
        {moneyHint ? <dd className="stat-card__hint">{moneyHint}</dd> : null}
      </div>
      <div className="stat-card">
        <dt>{t("householdFigures.paidVnd")}</dt>
        <dd className="stat-card__value">{formatVndShort(figures.paidVnd, lang)}</dd>
        {figures.approvedVnd !== null && figures.paidVnd !== null ? (
          <>
            <dd className="stat-card__bar"><ProgressBar share={share(figures.paidVnd, figures.approvedVnd)} /></dd>
            <dd className="stat-card__hint">{t("householdFigures.ofApproved", { share: formatWholePercent(share(figures.paidVnd, figures.approvedVnd), lang) })}</dd>
          </>
        ) : moneyHint ? <dd className="stat-card__hint">{moneyHint}</dd> : null}
      </div>
      <CountCard label={t("householdFigures.graves")} value={figures.gravesMoved} total={figures.gravesTotal}
        hint={t("householdFigures.ofGraves", { total: formatCount(figures.gravesTotal, lang) })} />
      <CountCard label={t("householdFigures.plots")} value={figures.plotsReady} total={figures.plotsNeeded}
        hint={t("householdFigures.ofPlots", { total: formatCount(figures.plotsNeeded, lang) })} />
      <div className="stat-card">
        <dt>{t("householdFigures.utilities")}</dt>
        {figures.utilities.length === 0 ? <dd className="stat-card__hint">{t("householdFigures.noUtilities")}</dd> : (
          figures.utilities.map((u) => (
            <dd key={`${u.kind}:${u.unit}`} className="household-cards__utility">
              {t(`householdFigures.kind_${u.kind}`)}: {formatNumber(u.done, lang)} / {formatNumber(u.total, lang)}{u.unit === "m" ? " m" : ""}
            </dd>
          ))
        )}
      </div>
    </dl>
  );
}

/** The province's cards on the panel's day, under a heading of their own. */
export function ProvinceHouseholds() {
  const { t } = useTranslation();
  const byProvince = useHouseholdProgress("province", useFiguresDay());
  if (!byProvince.data) return <QueryState queries={[byProvince]} />;
  const figures = sumHouseholdFigures(byProvince.data);
  return (
    <section className="province-households" aria-labelledby="province-households-title">
      <h3 id="province-households-title" className="province-households__title">{t("householdFigures.heading")}</h3>
      {hasHouseholdFigures(figures) ? <HouseholdCards figures={figures} /> : <p className="status-message">{t("householdFigures.none")}</p>}
    </section>
  );
}
