// The import page (/import): for admins anywhere and officers within their area. Everyone else
// is told why, with a way to sign in; the steps themselves are in import-steps.tsx.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useAccess } from "@/data/use-access";
import { LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { labelIn } from "@/domain/lang";
import { ROLES } from "@/domain/roles";
import { routePath } from "@/state/route-paths";
import { ImportSteps } from "@/features/import/import-steps";
import "@/features/import/import.css";

/** Opens the header's sign-in panel (the one place to sign in), and moves focus there. */
function openSignIn() {
  // the header's sign-in button is the auth menu's only button while signed out
  const button = document.querySelector<HTMLButtonElement>(".app-header .auth-menu button");
  button?.click();
}

export function ImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const access = useAccess();
  const isAdmin = access.roles.includes("admin");
  const isOfficer = access.roles.includes("officer");
  return (
    <div className="import-page">
      <h1>{t("import.title")}</h1>
      {access.status === "anonymous" ? (
        <section className="import-gate" aria-labelledby="import-gate-title">
          <h2 id="import-gate-title">{t("import.gate.signInTitle")}</h2>
          <p>{t("import.gate.signIn")}</p>
          <p className="import-actions">
            <button type="button" className="button" onClick={openSignIn}>{t("import.gate.signInButton")}</button>
            <Link href={routePath("map")} className="button button--secondary">{t("import.gate.backToMap")}</Link>
          </p>
        </section>
      ) : access.status === "loading" ? (
        <LoadingMessage>{t("import.gate.loading")}</LoadingMessage>
      ) : access.status === "error" ? (
        <p className="import-error" role="alert">{t("import.gate.error")}</p>
      ) : !isAdmin && !isOfficer ? (
        <section className="import-gate" aria-labelledby="import-gate-title">
          <h2 id="import-gate-title">{t("import.gate.notAllowedTitle")}</h2>
          <p>{t("import.gate.notAllowed", {
            roles: access.roles.length > 0 ? ROLES.filter((r) => access.roles.includes(r.id)).map((r) => labelIn(r, lang)).join(", ") : t("import.gate.noRole"),
          })}</p>
          <p><Link href={routePath("map")}>{t("import.gate.backToMap")}</Link></p>
        </section>
      ) : (
        <>
          <p className="import-intro">{t("import.intro")}</p>
          <ImportSteps isAdmin={isAdmin} assignedUnitIds={access.assignedUnitIds} />
        </>
      )}
    </div>
  );
}
