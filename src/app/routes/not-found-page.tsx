// What an address no route answers shows (an old or mistyped link): the address, and a link to
// the map. The link is the map's bare address: the mistyped one's query string is not the map's.

import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { PageProps } from "@/app/routes/page-code";
import { routePath } from "@/state/route-paths";
import "@/app/routes/not-found-page.css";

function shownAddress(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The not-found page. */
export function NotFoundPage(_props: PageProps) {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <p className="not-found__code" aria-hidden="true">404</p>
      <h1 id="not-found-title" className="not-found__title">{t("notFound.title")}</h1>
      <p>{t("notFound.address")}</p>
      <p className="not-found__path">{shownAddress(pathname)}</p>
      <p>{t("notFound.hint")}</p>
      <Link href={routePath("map")} className="button not-found__back">
        {t("notFound.backToMap")}
      </Link>
    </section>
  );
}
