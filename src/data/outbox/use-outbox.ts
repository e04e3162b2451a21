// React hooks and plain functions over the outbox view: the status for the status line, the
// sign-out block and the app's update (hasUnsentEvents, subscribeOutbox), the figures refreshed
// when events apply, and the storage request.

import { useEffect, useSyncExternalStore } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { refreshFiguresAfterSend } from "@/data/changes-feed";
import { outbox } from "@/data/outbox/outbox";
import type { OutboxView } from "@/data/outbox/outbox-view";
import { getOutboxView, setOutboxFlags, subscribeApplied, subscribeOutboxView } from "@/data/outbox/outbox-view";

function subscribe(listener: () => void): () => void {
  outbox(); // started on first use
  return subscribeOutboxView(listener);
}

/** React hook: the outbox as this tab knows it. */
export function useOutboxView(): OutboxView {
  return useSyncExternalStore(subscribe, getOutboxView, getOutboxView);
}

/** The status line's figures. */
export interface OutboxStatusLine {
  readonly loaded: boolean;
  /** Events waiting to be sent (pending, sending, held). */
  readonly pending: number;
  readonly oldestAt: number | null;
  readonly lastSyncAt: number | null;
  /** Parked problems. */
  readonly problems: number;
  /** Everything not answered for good: what blocks signing out. */
  readonly unsent: number;
  /** Changes the officer dropped (kept, in the export). */
  readonly dropped: number;
  readonly persisted: boolean | null;
  readonly online: boolean;
  readonly sender: boolean;
  readonly nextAttemptAt: number | null;
}

/** React hook: { pending, oldestAt, lastSyncAt, problems, persisted, online, sender, … }. */
export function useOutboxStatus(): OutboxStatusLine {
  const view = useOutboxView();
  const s = view.status;
  return {
    loaded: view.loaded, pending: s?.pending ?? 0, oldestAt: s?.oldestAt ?? null, lastSyncAt: s?.lastSyncAt ?? null,
    problems: s?.problems ?? 0, unsent: s?.unsent ?? 0, dropped: s?.dropped ?? 0, persisted: view.persisted, online: view.online, sender: view.sender,
    nextAttemptAt: s?.nextAttemptAt ?? null,
  };
}

/**
 * True while events wait on this device (pending or parked), also before the outbox was read
 * (not known yet: the app's update must wait). Starts the outbox on first call.
 */
export function hasUnsentEvents(): boolean {
  outbox();
  const view = getOutboxView();
  return !view.loaded || (view.status?.unsent ?? 0) > 0;
}

/** Hears every change of the outbox in any tab (e.g. to take a waiting app update once it is empty). */
export function subscribeOutbox(listener: () => void): () => void {
  return subscribe(listener);
}

/** React hook: refreshes the figures when any tab's send applied events. */
export function useRefreshFiguresOnApplied(): void {
  const queryClient = useQueryClient();
  useEffect(function refreshWhenApplied() {
    return subscribeApplied(() => refreshFiguresAfterSend(queryClient, true));
  }, [queryClient]);
}

let persistAsked = false;

/** Asks the browser to keep the outbox's storage (not evicted under pressure); the view keeps the answer. */
export async function requestPersistentStorage(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  const storage = typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (!storage?.persist) {
    setOutboxFlags({ persisted: false });
    return;
  }
  try {
    const already = await storage.persisted();
    setOutboxFlags({ persisted: already || (await storage.persist()) });
  } catch {
    setOutboxFlags({ persisted: false });
  }
}
