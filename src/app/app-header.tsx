// The header: the app's name, who is using it (roles or guest), sign-in/out and language.

import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "@/app/language-switch";
import { AuthMenu } from "@/features/auth/auth-menu";
import { RoleBadges } from "@/features/session/role-badges";

/** The top bar. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="brand" href="/">
          <BrandMark />
          <span className="brand__text">
            <span className="brand__name">{t("app.brand")}</span>
            <span className="brand__tagline">{t("app.tagline")}</span>
          </span>
        </a>
        <div className="app-header__session">
          <RoleBadges />
          <AuthMenu />
        </div>
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** Parcels on a grid, one cleared (green). Decorative. */
function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="6" fill="#ffffff" />
      <rect x="6" y="6" width="9" height="9" rx="1.5" fill="#238b45" />
      <rect x="17" y="6" width="9" height="9" rx="1.5" fill="#9e9ac8" />
      <rect x="6" y="17" width="9" height="9" rx="1.5" fill="#fc8d59" />
      <rect x="17" y="17" width="9" height="9" rx="1.5" fill="#238b45" />
    </svg>
  );
}
