// The map's page: the map screen, with the map state mirrored into this page's query string
// (src/state/use-url-state.ts) only while it is shown.

import { useTranslation } from "react-i18next";
import { MapScreen } from "@/app/map-screen";
import type { PageProps } from "@/app/routes/page-code";
import { useUrlState } from "@/state/use-url-state";

/** The route "/": the province map, its panels and the officer's tools. */
export function MapPage(_props: PageProps) {
  const { t } = useTranslation();
  // before MapScreen renders: the map is made at the view the URL names
  useUrlState();
  return (
    <>
      <h1 className="sr-only">{t("map.label")}</h1>
      <MapScreen />
    </>
  );
}
