// Links to the pages beyond the map, for the roles that may use them: the households' pages for
// officers and leaders, the import page for admins and officers, the admin pages for admins and
// leaders (who read them). The database decides what each may do there; these links only keep
// the public's header plain. The row is there for every signed-in user from the first paint of a
// kept session on (the map's link at least), so that the header keeps its height when the roles
// arrive (src/app/styles.css reserves it).

import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { useAuthSession, useSignedInUser } from "@/data/auth-session";
import { useAccess } from "@/data/use-access";
import { matchPath, routePath } from "@/state/route-paths";
import type { RouteName } from "@/state/route-paths";

/** The header's page links; nothing for the public. */
export function AppNav() {
  const { t } = useTranslation();
  const access = useAccess();
  const { status } = useAuthSession();
  const user = useSignedInUser();
  const [pathname] = useLocation();
  const current = matchPath(pathname).name;
  const isAdmin = access.roles.includes("admin");
  const links: { name: RouteName; label: string; active: boolean }[] = [];
  // the meeting view's figures are public; its link is for those who work with them
  links.push({ name: "meeting", label: t("nav.meeting"), active: current === "meeting" || current === "meetingSection" || current === "print" });
  // households are personal data: the officers of an area and the leaders work with them
  if (access.roles.includes("officer") || access.roles.includes("leader")) {
    links.push({ name: "households", label: t("nav.households"), active: current === "households" || current === "householdsImport" || current === "projectItems" || current === "household" });
  }
  if (isAdmin || access.roles.includes("officer")) {
    links.push({ name: "import", label: t("nav.import"), active: current === "import" });
  }
  // who changed what: officers (their area, themselves), leaders and admins (everyone)
  if (isAdmin || access.roles.includes("leader") || access.roles.includes("officer")) {
    links.push({ name: "audit", label: t("nav.audit"), active: current === "audit" || current === "auditSection" });
  }
  if (isAdmin || access.roles.includes("leader")) {
    links.push({ name: "admin", label: t("nav.admin"), active: current === "admin" || current === "adminSection" });
  }
  if (!user && status !== "loading") return null;
  return (
    <nav className="app-nav" aria-label={t("nav.label")}>
      <Link href={routePath("map")} className="app-nav__link" aria-current={current === "map" ? "page" : undefined}>
        {t("nav.map")}
      </Link>
      {links.map((link) => (
        <Link key={link.name} href={routePath(link.name as "import" | "admin" | "meeting" | "households" | "audit")} className="app-nav__link"
          aria-current={link.active ? "page" : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
