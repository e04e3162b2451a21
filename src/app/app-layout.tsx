// The page frame: skip link, header, the app update's notice, demo banner, the page the address names (the map screen
// at "/", src/app/routes/route-table.ts) and footer.

import { useTranslation } from "react-i18next";
import { AppHeader } from "@/app/app-header";
import { UpdateNotice } from "@/app/pwa/update-notice";
import { RouteView, useCurrentRoute } from "@/app/routes/route-view";
import { useChangesFeed } from "@/data/changes-feed";
import { DemoBanner } from "@/features/session/demo-banner";

/** The signed-in or public view of the app. */
export function AppLayout() {
  const { t } = useTranslation();
  const route = useCurrentRoute();
  // one poller for everyone: others' changes reach the map, the panel and the figures
  useChangesFeed();
  const map = route.route.frame === "map";
  if (route.route.frame === "print") {
    return (
      <main id="main" className="app-print" tabIndex={-1}>
        <RouteView match={route} focusTargetId="main" />
      </main>
    );
  }
  return (
    <div className={map ? "app app--map" : "app"}>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader />
      <UpdateNotice />
      <DemoBanner />
      <main id="main" className={map ? "app-main app-main--map" : "app-main"} tabIndex={-1}>
        <RouteView match={route} focusTargetId="main" />
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
