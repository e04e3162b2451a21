// The header: the app's name, who is using it (roles or guest), sign-in/out and language.

import { useTranslation } from "react-i18next";
import { AppNav } from "@/app/app-nav";
import { BRAND_MARK_RECTS } from "@/app/brand-mark";
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
        <AppNav />
      </div>
    </header>
  );
}

/** Parcels on a grid, one cleared (green). Decorative. */
function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      {BRAND_MARK_RECTS.map((rect, i) => <rect key={i} {...rect} />)}
    </svg>
  );
}
