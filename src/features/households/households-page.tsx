// The households' pages: the search ("/households") and one household ("/households/:partyId"),
// for officers and leaders. The public and other roles are told why not; the database decides
// what each caller sees and may change.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useAccess } from "@/data/use-access";
import { routePath } from "@/state/route-paths";
import { HouseholdRecord } from "@/features/households/household-record";
import { HouseholdSearch } from "@/features/households/household-search";
import "@/features/households/households.css";

export function HouseholdsPage({ partyId }: { readonly partyId: string | null }) {
  const { t } = useTranslation();
  const access = useAccess();
  const mayRead = access.roles.includes("officer") || access.roles.includes("leader");
  let body;
  if (access.status === "anonymous") body = <p className="hh-notice" role="status">{t("households.access.signInNeeded")}</p>;
  else if (access.status === "loading") body = <LoadingMessage>{t("households.access.loading")}</LoadingMessage>;
  else if (access.status === "error") {
    body = <ErrorMessage title={t("households.access.error")} details={access.error?.message} detailsLabel={t("households.detail.details")} />;
  } else if (!mayRead) body = <p className="hh-notice hh-notice--warn" role="alert">{t("households.access.notAllowed")}</p>;
  else if (partyId) body = <HouseholdRecord partyId={partyId} />;
  else body = <HouseholdSearch />;
  return (
    <div className="page hh-page">
      {partyId && mayRead ? null : (
        <>
          <h1>{t("households.heading")}</h1>
          <p className="hh-intro">{t("households.intro")}</p>
          {mayRead ? (
            <nav className="hh-links" aria-label={t("households.links.label")}>
              <Link className="button button--secondary" href={routePath("householdsImport")}>{t("households.links.import")}</Link>
              <Link className="button button--secondary" href={routePath("projectItems")}>{t("households.links.items")}</Link>
            </nav>
          ) : null}
        </>
      )}
      {body}
    </div>
  );
}
