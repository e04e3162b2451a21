// The page frame: skip link, header, demo banner, the map screen and footer. The map state is
// restored from the URL before the map is created, and mirrored into it afterwards.

import { useTranslation } from "react-i18next";
import { AppHeader } from "@/app/app-header";
import { MapScreen } from "@/app/map-screen";
import { useUrlState } from "@/state/use-url-state";
import { useChangesFeed } from "@/data/changes-feed";
import { DemoBanner } from "@/features/session/demo-banner";

/** The signed-in or public view of the app. */
export function AppLayout() {
  const { t } = useTranslation();
  useUrlState();
  // one poller for everyone: others' changes reach the map, the panel and the figures
  useChangesFeed();
  return (
    <div className="app app--map">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader />
      <DemoBanner />
      <main id="main" className="app-main app-main--map" tabIndex={-1}>
        <h1 className="sr-only">{t("map.label")}</h1>
        <MapScreen />
      </main>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
