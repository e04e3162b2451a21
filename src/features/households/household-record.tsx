// One household's page: its name, then the land user's facts, members, parcels (with the small
// map), plan lines and payments, resettlement plots and history. Officers of its area edit
// (detail.canEdit); everyone else who may see it reads. The database decides both.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { ApiError } from "@/data/api-error";
import { useHouseholdDetail } from "@/data/household-detail-query";
import { routePath } from "@/state/route-paths";
import { AllocationsSection } from "@/features/households/allocations-section";
import { HistorySection } from "@/features/households/history-section";
import { HoldingsSection } from "@/features/households/holdings-section";
import { MembersSection } from "@/features/households/members-section";
import { PartySection } from "@/features/households/party-section";
import { PlansSection } from "@/features/households/plans-section";

const SECTIONS = [
  ["hh-party", "households.party.title"], ["hh-members", "households.members.title"], ["hh-holdings", "households.holdings.title"],
  ["hh-plans", "households.plans.title"], ["hh-allocations", "households.allocations.title"], ["hh-history", "households.history.title"],
] as const;

export function HouseholdRecord({ partyId }: { partyId: string }) {
  const { t } = useTranslation();
  const query = useHouseholdDetail(partyId);
  const back = <Link className="hh-back" href={routePath("households")}>{t("households.detail.back")}</Link>;
  if (query.isPending) return <>{back}<LoadingMessage>{t("households.detail.loading")}</LoadingMessage></>;
  // the server answers "not allowed" alike for a record that does not exist and one not shown
  const hidden = query.isError && query.error instanceof ApiError && query.error.code === "42501";
  if (query.isError && !hidden) {
    return (
      <>
        {back}
        <ErrorMessage title={t("households.detail.error")} details={query.error.message} detailsLabel={t("households.detail.details")}
          retryLabel={t("households.detail.retry")} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const detail = hidden ? null : query.data;
  if (!detail) return <>{back}<p className="hh-notice hh-notice--warn" role="alert">{t("households.detail.notVisible")}</p></>;
  return (
    <>
      {back}
      <h1 className="hh-title">{detail.party.name}</h1>
      <p className="hh-subtitle">{t(`households.kinds.${detail.party.kind}`)} · {detail.party.communeName}</p>
      {detail.canEdit ? null : <p className="hh-notice hh-notice--info" role="note">{t("households.detail.readOnly")}</p>}
      <nav className="hh-jump" aria-label={t("households.detail.sections")}>
        {SECTIONS.map(([id, key]) => <a key={id} href={`#${id}`}>{t(key)}</a>)}
      </nav>
      <PartySection detail={detail} />
      <MembersSection detail={detail} />
      <HoldingsSection detail={detail} />
      <PlansSection detail={detail} />
      <AllocationsSection detail={detail} />
      <HistorySection detail={detail} />
    </>
  );
}
