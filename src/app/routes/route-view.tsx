// Shows the page the address names, inside the page frame: its document title, its code (loaded
// on first visit), and, after a move to another page in the app, the keyboard focus at the
// start of the new content, as a page load would put it.

import { Component, Suspense, useEffect, useMemo, useRef } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { routeOf } from "@/app/routes/route-table";
import type { RouteMatch } from "@/app/routes/route-table";

/** The page the current address shows. */
export function useCurrentRoute(): RouteMatch {
  // the path only: the map's query string changes with every pan and is not the router's
  const [pathname] = useLocation();
  return useMemo(() => routeOf(pathname), [pathname]);
}

/** The document title follows the page and the language. */
function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** After a move within the app (not on the first page), focus goes to the main content. */
function useFocusOnNavigation(focusTargetId: string): void {
  const [pathname] = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.getElementById(focusTargetId)?.focus({ preventScroll: true });
  }, [pathname, focusTargetId]);
}

/**
 * A page whose code did not arrive (offline, or a new release replaced its chunk) shows why and
 * offers a reload, instead of taking the header and the whole app down with it.
 */
class PageLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p>{t("pageLoad.failed")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("pageLoad.reload")}
      </button>
    </div>
  );
}

/** Renders `match`'s page; `focusTargetId` is the element that takes focus after a move. */
export function RouteView({ match, focusTargetId }: { match: RouteMatch; focusTargetId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t(match.route.titleKey));
  useFocusOnNavigation(focusTargetId);
  const Page = match.route.page.Component;
  return (
    // keyed by page: a failure on one page is forgotten on the way to another
    <PageLoadBoundary key={match.name} fallback={<PageLoadFailed />}>
      <Suspense fallback={null}>
        <Page params={match.params} />
      </Suspense>
    </PageLoadBoundary>
  );
}
