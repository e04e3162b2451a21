// The household list upload (/households/import): for officers, within their area (the server
// refuses rows outside it). Everyone else is told why; the steps are in household-import-steps.tsx.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useAccess } from "@/data/use-access";
import { LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { labelIn } from "@/domain/lang";
import { ROLES } from "@/domain/roles";
import { routePath } from "@/state/route-paths";
import { HouseholdImportSteps } from "@/features/household-import/household-import-steps";
import "@/components/step-section.css";
import "@/features/household-import/household-import.css";

/** Opens the header's sign-in panel (the one place to sign in). */
function openSignIn() {
  // the header's sign-in button is the auth menu's only button while signed out
  document.querySelector<HTMLButtonElement>(".app-header .auth-menu button")?.click();
}

export function HouseholdImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const access = useAccess();
  return (
    <div className="import-page">
      <h1>{t("householdImport.heading")}</h1>
      {access.status === "anonymous" ? (
        <section className="import-gate" aria-labelledby="household-import-gate">
          <h2 id="household-import-gate">{t("householdImport.gate.signInTitle")}</h2>
          <p>{t("householdImport.gate.signIn")}</p>
          <p className="import-actions">
            <button type="button" className="button" onClick={openSignIn}>{t("householdImport.gate.signInButton")}</button>
          </p>
        </section>
      ) : access.status === "loading" ? (
        <LoadingMessage>{t("householdImport.gate.loading")}</LoadingMessage>
      ) : access.status === "error" ? (
        <p className="import-error" role="alert">{t("householdImport.gate.error")}</p>
      ) : !access.roles.includes("officer") ? (
        <section className="import-gate" aria-labelledby="household-import-gate">
          <h2 id="household-import-gate">{t("householdImport.gate.notAllowedTitle")}</h2>
          <p>{t("householdImport.gate.notAllowed", {
            roles: access.roles.length > 0 ? ROLES.filter((r) => access.roles.includes(r.id)).map((r) => labelIn(r, lang)).join(", ") : t("householdImport.gate.noRole"),
          })}</p>
          <p><Link href={routePath("households")}>{t("householdImport.gate.back")}</Link></p>
        </section>
      ) : (
        <>
          <p className="import-intro">{t("householdImport.intro")}</p>
          <HouseholdImportSteps />
        </>
      )}
    </div>
  );
}
