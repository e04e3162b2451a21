// A page's code: a chunk of its own, loaded when its route is first shown or earlier, by preload
// (lazyPage); or, for the map, the first view of nearly every visit, part of the app's chunk
// (eagerPage), as a chunk of its own would only add a round trip before it.
// A lazy page shows nothing until its code has arrived, then renders at once. Not React.lazy: a
// lazy component suspends, and React holds back the reveal of content that replaces a Suspense
// fallback until a while after the last fallback was shown.

import { useSyncExternalStore } from "react";
import type { ComponentType } from "react";

/** What every page receives: the named segments of its path (":projectId" → params.projectId). */
export interface PageProps {
  readonly params: Readonly<Record<string, string>>;
}

/** A route's page: its loader, and the component that renders it. */
export interface PageCode {
  /** Starts loading the page's code; calling it again reuses the same request. */
  preload(): Promise<ComponentType<PageProps>>;
  /** Renders the page once its code is there (nothing before); throws, to the error boundary, if it failed. */
  readonly Component: ComponentType<PageProps>;
}

interface LoadState {
  readonly page?: ComponentType<PageProps>;
  readonly error?: Error;
}

/** Wraps a page's dynamic import (`() => import("…").then((m) => m.SomePage)`). */
export function lazyPage(load: () => Promise<ComponentType<PageProps>>): PageCode {
  let state: LoadState = {};
  let loading: Promise<ComponentType<PageProps>> | null = null;
  const listeners = new Set<() => void>();
  function settle(next: LoadState) {
    state = next;
    for (const listener of listeners) listener();
  }
  function preload(): Promise<ComponentType<PageProps>> {
    loading ??= load().then(
      (page) => {
        settle({ page });
        return page;
      },
      (error: unknown) => {
        loading = null; // a later preload asks again (the chunk was offline, or replaced by a release)
        settle({ error: error instanceof Error ? error : new Error(String(error)) });
        throw error;
      },
    );
    return loading;
  }
  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
  const snapshot = () => state;
  function LazyRoutePage(props: PageProps) {
    const { page: Page, error } = useSyncExternalStore(subscribe, snapshot, snapshot);
    if (error) throw error;
    if (!Page) {
      // started by the app's module already for the first page; this is a no-op then
      preload().catch(() => undefined);
      return null;
    }
    return <Page {...props} />;
  }
  return { preload, Component: LazyRoutePage };
}

/** A page whose code is in the app's chunk. */
export function eagerPage(page: ComponentType<PageProps>): PageCode {
  const loaded = Promise.resolve(page);
  return { preload: () => loaded, Component: page };
}
