// The app's pages, one entry per name of src/state/route-paths.ts: its document title, how the
// frame holds it and its code (a chunk of its own, loaded on the page's first visit, the map's
// excepted). A new page (admin, import, the meeting view, print) is its path there and its entry
// here; the compiler asks for both. Links to a page are built by routePath, never by hand.

import type { ParseKeys } from "i18next";
import { MapPage } from "@/app/routes/map-page";
import { eagerPage, lazyPage } from "@/app/routes/page-code";
import type { PageCode } from "@/app/routes/page-code";
import { matchPath, ROUTE_PATHS } from "@/state/route-paths";
import type { RouteName } from "@/state/route-paths";

/**
 * How the page frame holds the page: "map" fills the window under the header (the map and its
 * side panel scroll on their own), "page" is a column of text that scrolls with the window,
 * "print" is a sheet of paper alone: no header, banner or footer.
 */
export type RouteFrame = "map" | "page" | "print";

/** One page of the app. */
export interface RoutePage {
  /** The text key of the document title while the page is shown. */
  readonly titleKey: ParseKeys;
  readonly frame: RouteFrame;
  readonly page: PageCode;
}

/** One routed page: its address and the page. */
export interface RouteDef extends RoutePage {
  readonly path: string;
}

// One chunk for the admin pages, whichever section the address names.
const ADMIN_PAGE = lazyPage(() => import("@/app/routes/admin-route").then((m) => m.AdminRoute));
const MEETING_PAGE = lazyPage(() => import("@/app/routes/meeting-route").then((m) => m.MeetingRoute));
const HOUSEHOLDS_PAGE = lazyPage(() => import("@/app/routes/households-route").then((m) => m.HouseholdsRoute));
const AUDIT_PAGE = lazyPage(() => import("@/app/routes/audit-route").then((m) => m.AuditRoute));
const IMPORT_PAGE = lazyPage(() => import("@/app/routes/import-route").then((m) => m.ImportRoute));

/** Every routed page, by name. */
export const ROUTES: { readonly [N in RouteName]: RouteDef & { readonly path: (typeof ROUTE_PATHS)[N] } } = {
  // The province map with its URL state (src/state/url-state.ts). The first view of nearly every
  // visit: its code comes with the app's, not a round trip later. (Its panels and the officer's
  // tools are chunks of their own already: src/app/map-screen.tsx.)
  map: {
    path: ROUTE_PATHS.map,
    titleKey: "app.title",
    frame: "map",
    page: eagerPage(MapPage),
  },
  import: {
    path: ROUTE_PATHS.import,
    titleKey: "import.documentTitle",
    frame: "page",
    page: IMPORT_PAGE,
  },
  admin: {
    path: ROUTE_PATHS.admin,
    titleKey: "admin.documentTitle",
    frame: "page",
    page: ADMIN_PAGE,
  },
  adminSection: {
    path: ROUTE_PATHS.adminSection,
    titleKey: "admin.documentTitle",
    frame: "page",
    page: ADMIN_PAGE,
  },
  meeting: {
    path: ROUTE_PATHS.meeting,
    titleKey: "meeting.documentTitle",
    frame: "page",
    page: MEETING_PAGE,
  },
  meetingSection: {
    path: ROUTE_PATHS.meetingSection,
    titleKey: "meeting.documentTitle",
    frame: "page",
    page: MEETING_PAGE,
  },
  print: {
    path: ROUTE_PATHS.print,
    titleKey: "meeting.print.documentTitle",
    frame: "print",
    page: lazyPage(() => import("@/app/routes/print-route").then((m) => m.PrintRoute)),
  },
  households: {
    path: ROUTE_PATHS.households,
    titleKey: "households.documentTitle",
    frame: "page",
    page: HOUSEHOLDS_PAGE,
  },
  householdsImport: {
    path: ROUTE_PATHS.householdsImport,
    titleKey: "householdImport.documentTitle",
    frame: "page",
    page: lazyPage(() => import("@/app/routes/household-import-route").then((m) => m.HouseholdImportRoute)),
  },
  projectItems: {
    path: ROUTE_PATHS.projectItems,
    titleKey: "projectItems.documentTitle",
    frame: "page",
    page: lazyPage(() => import("@/app/routes/project-items-route").then((m) => m.ProjectItemsRoute)),
  },
  household: {
    path: ROUTE_PATHS.household,
    titleKey: "households.documentTitle",
    frame: "page",
    page: HOUSEHOLDS_PAGE,
  },
  audit: {
    path: ROUTE_PATHS.audit,
    titleKey: "audit.documentTitle",
    frame: "page",
    page: AUDIT_PAGE,
  },
  auditSection: {
    path: ROUTE_PATHS.auditSection,
    titleKey: "audit.documentTitle",
    frame: "page",
    page: AUDIT_PAGE,
  },
};

/** What an address no route answers shows: a page saying so, with a link back to the map. */
export const NOT_FOUND: RoutePage = {
  titleKey: "notFound.documentTitle",
  frame: "page",
  page: lazyPage(() => import("@/app/routes/not-found-page").then((m) => m.NotFoundPage)),
};

/** The page an address shows, with the values of its named segments. */
export interface RouteMatch {
  readonly name: RouteName | "notFound";
  readonly route: RoutePage;
  readonly params: Readonly<Record<string, string>>;
}

/** The page of `pathname` (location.pathname). */
export function routeOf(pathname: string): RouteMatch {
  const { name, params } = matchPath(pathname);
  return { name, params, route: name === "notFound" ? NOT_FOUND : ROUTES[name] };
}
