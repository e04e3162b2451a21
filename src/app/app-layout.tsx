// The page frame: skip link, header, demo banner, main content and footer.

import { useTranslation } from "react-i18next";
import { AppHeader } from "@/app/app-header";
import { DemoBanner } from "@/features/session/demo-banner";
import { ProgressPage } from "@/features/progress/progress-page";

/** The signed-in or public view of the app. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader />
      <DemoBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <ProgressPage />
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
