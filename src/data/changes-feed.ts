// The change feed: polls changes_since(cursor) every 3 s so that what others record reaches
// this screen without a reload. Changed parcels go into the parcel store (the map repaints them)
// and the progress figures, the targets' figures and the blocked parcels are fetched again.
// The officer's own writes are not news: their answers already put them in the store and the
// send refreshes the figures once (refreshFiguresAfterSend), so the feed skips them.
// Polling is the source of truth; where the backend has Supabase Realtime, a change event only
// makes the next poll come at once. One feed runs however many components mount it; it pauses while the tab is
// hidden and polls as soon as the tab is shown again. On errors it backs off and keeps its
// cursor, so nothing is missed.

import { useEffect, useSyncExternalStore } from "react";
import type { Query, QueryClient } from "@tanstack/react-query";
import { useQueryClient } from "@tanstack/react-query";
import { BLOCKED_PARCELS_KEY } from "@/data/blocked-parcels-query";
import type { ChangedParcel, FeedStatus } from "@/data/changes-poller";
import { STOPPED, createChangesPoller, fetchChanges } from "@/data/changes-poller";
import { hasPendingEdits, ownWriteVersion, receiveParcels } from "@/data/parcel-store";
import { TARGET_PROGRESS_TODAY_KEY } from "@/data/target-progress-query";
import { TARGET_BURNUP_TODAY_KEY } from "@/data/target-burnup-query";
import { PROJECT_REPORT_TODAY_KEY } from "@/data/project-report-query";
import { PARCEL_TIMELINE_TODAY_KEY } from "@/data/parcel-timeline-query";
import { AREA_PROGRESS_TODAY_KEY } from "@/data/area-progress-query";
import { isLocalBackend, supabase } from "@/data/supabase-client";

/**
 * Queries whose figures a parcel change can alter (TanStack Query key prefixes): today's. The
 * figures of a past day are left still (src/data/progress-as-of-query.ts says why).
 */
const FIGURE_QUERY_KEYS = [
  ["progress-summary"], BLOCKED_PARCELS_KEY, TARGET_PROGRESS_TODAY_KEY,
  // the meeting view's figures of today
  TARGET_BURNUP_TODAY_KEY, PROJECT_REPORT_TODAY_KEY, PARCEL_TIMELINE_TODAY_KEY, AREA_PROGRESS_TODAY_KEY,
] as const;

let queryClientInUse: QueryClient | null = null;
let users = 0;
let teardown: (() => void) | null = null;
let currentStatus: FeedStatus = STOPPED;
/** The feed brought changes while a send on those parcels was under way: the send's answer refreshes the figures. */
let figuresOwedBySend = false;
const statusListeners = new Set<() => void>();

function refetchFigures(olderThan?: number, client: QueryClient | null = queryClientInUse) {
  if (!client) return;
  const predicate = olderThan === undefined
    ? undefined
    : (q: Query) => q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < olderThan;
  for (const queryKey of FIGURE_QUERY_KEYS) void client.invalidateQueries({ queryKey, predicate });
}

/**
 * Refreshes the figures once after the officer's send was answered (or failed): when something
 * applied, or when the feed held back a refresh for the parcels the send was changing.
 */
export function refreshFiguresAfterSend(client: QueryClient, applied: boolean): void {
  if (!applied && !figuresOwedBySend) return;
  figuresOwedBySend = false;
  refetchFigures(undefined, client);
}

/**
 * What the feed does with the changes it hears of: into the store, and the figures are fetched
 * again, unless every change is on a parcel the officer's send is changing right now (most
 * likely their own write, come before its answer): then the send's answer refreshes them.
 */
export function takeChanges(changes: readonly ChangedParcel[], refetch: () => void): void {
  receiveParcels(changes);
  if (changes.length > 0 && changes.every((c) => hasPendingEdits(c.id))) figuresOwedBySend = true;
  else refetch();
}

const poller = createChangesPoller({
  fetchChanges,
  ownVersion: ownWriteVersion,
  onChanges: (changes) => takeChanges(changes, () => refetchFigures()),
  // Figures fetched before the feed held its cursor could lack a change made in between.
  onCursor: (requestedAt) => refetchFigures(requestedAt),
  onStatus(status) {
    currentStatus = status;
    for (const listener of statusListeners) listener();
  },
});

/** Realtime where the backend has it (hosted Supabase; not the embedded dev backend): a change event polls at once. */
function listenForRealtime(onEvent: () => void): () => void {
  if (isLocalBackend) return () => undefined;
  let stop: (() => void) | null = null;
  let stopped = false;
  supabase().then((client) => {
    if (stopped) return;
    let debounce: ReturnType<typeof setTimeout> | null = null;
    const channel = client
      .channel("gpmb-parcel-changes")
      .on("postgres_changes", { event: "*", schema: "public", table: "parcels" }, () => {
        debounce ??= setTimeout(() => {
          debounce = null;
          onEvent();
        }, 250);
      })
      .subscribe((state: string) => {
        // No Realtime there: drop the channel so the client stops reconnecting; polling goes on.
        if (state === "CHANNEL_ERROR" || state === "TIMED_OUT") void client.removeChannel(channel).catch(() => undefined);
      });
    stop = () => {
      if (debounce !== null) clearTimeout(debounce);
      void client.removeChannel(channel).catch(() => undefined);
    };
  }).catch(() => undefined); // no Realtime: polling alone
  return () => {
    stopped = true;
    stop?.();
  };
}

function startSharedFeed(): () => void {
  const onVisibility = () => (document.hidden ? poller.pause() : poller.resume());
  const onOnline = () => poller.pollNow();
  if (typeof document !== "undefined") {
    if (document.hidden) poller.pause();
    document.addEventListener("visibilitychange", onVisibility);
  }
  globalThis.addEventListener?.("online", onOnline);
  const stopRealtime = listenForRealtime(() => poller.pollNow());
  poller.start();
  return () => {
    poller.stop();
    stopRealtime();
    globalThis.removeEventListener?.("online", onOnline);
    if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisibility);
  };
}

/**
 * Runs the change feed while the calling component is mounted and returns its status. Any
 * number of components may call it: one feed runs while at least one of them is mounted.
 */
export function useChangesFeed(): FeedStatus {
  const queryClient = useQueryClient();
  useEffect(
    function runChangesFeed() {
      queryClientInUse = queryClient;
      users++;
      if (users === 1) teardown = startSharedFeed();
      return function releaseChangesFeed() {
        users--;
        if (users === 0) {
          teardown?.();
          teardown = null;
        }
      };
    },
    [queryClient],
  );
  return useChangesFeedStatus();
}

function subscribeStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** The feed's status, without starting it. */
export function useChangesFeedStatus(): FeedStatus {
  return useSyncExternalStore(subscribeStatus, () => currentStatus, () => currentStatus);
}
