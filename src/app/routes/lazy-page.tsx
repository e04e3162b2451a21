// A page whose code is its own chunk, loaded when its route is first shown (or earlier, by
// preload). Unlike React.lazy, a page whose chunk has already arrived renders at once: the map
// is the first view, its chunk is requested while the app starts, and it must not pass through
// a Suspense fallback (whose reveal React may hold back) when nothing is left to wait for.

import { use } from "react";
import type { ComponentType } from "react";

/** What every page receives: the named segments of its path (":projectId" → params.projectId). */
export interface PageProps {
  readonly params: Readonly<Record<string, string>>;
}

/** A route's page: its loader, and the component that renders it. */
export interface LazyPage {
  /** Starts loading the page's code; calling it again reuses the same request. */
  preload(): Promise<ComponentType<PageProps>>;
  /** Renders the page, suspending while its code loads. */
  readonly Component: ComponentType<PageProps>;
}

/** Wraps a page's dynamic import (`() => import("…").then((m) => m.SomePage)`). */
export function lazyPage(load: () => Promise<ComponentType<PageProps>>): LazyPage {
  let loading: Promise<ComponentType<PageProps>> | null = null;
  let loaded: ComponentType<PageProps> | null = null;
  function preload(): Promise<ComponentType<PageProps>> {
    loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        loading = null; // a chunk that failed (offline, a new release) is asked for again next time
        throw error;
      },
    );
    return loading;
  }
  function LazyRoutePage(props: PageProps) {
    const Page = loaded ?? use(preload());
    return <Page {...props} />;
  }
  return { preload, Component: LazyRoutePage };
}
