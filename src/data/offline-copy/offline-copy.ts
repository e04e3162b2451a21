// The offline copy wired to the app: the query modules pass their requests through
// withOfflineCopy / withKeptTile, which save every answer and give the saved one back when the
// device is offline or the request fails for the network; the parcel store's newer states are
// written to the parcels kept. Also the copy's status for the map's badge and the boot gate:
// whether a copy exists, and how old the data shown from it is.
//
// Queries that read through here must run while the browser says it is offline (TanStack
// Query's networkMode "always"): by default they would pause and never reach the copy.

import { useSyncExternalStore } from "react";
import { isNetworkFailure } from "@/data/api-error";
import type { OfflineCopyStore } from "@/data/offline-copy/offline-copy-store";
import { openOfflineCopy } from "@/data/offline-copy/offline-copy-store";
import { getServerParcel, subscribeParcels } from "@/data/parcel-store";
import type { Parcel } from "@/domain/parcel";

/** What the map's badge and the boot gate need to know. */
export interface OfflineCopyStatus {
  /** False when the browser says there is no network. */
  readonly online: boolean;
  /** True when a copy is kept here; null until the copy has been opened. */
  readonly hasCopy: boolean | null;
  /** The oldest saved_at among the data shown from the copy now; null when none is. */
  readonly shownSavedAt: number | null;
  /** The newest saved_at of the copy (what the app has shown at the latest), or null. */
  readonly newestSavedAt: number | null;
}

let store: Promise<OfflineCopyStore | null> | null = null;
/** The keys shown from the copy now, with their saved_at. */
const shown = new Map<string, number>();
let status: OfflineCopyStatus = { online: browserOnline(), hasCopy: null, shownSavedAt: null, newestSavedAt: null };
const listeners = new Set<() => void>();

function browserOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

function update(patch: Partial<OfflineCopyStatus>): void {
  const shownSavedAt = shown.size > 0 ? Math.min(...shown.values()) : null;
  const next = { ...status, shownSavedAt, ...patch };
  if (Object.keys(next).every((k) => next[k as keyof OfflineCopyStatus] === status[k as keyof OfflineCopyStatus])) return;
  status = next;
  for (const listener of listeners) listener();
}

/** The copy, opened on first use; null where IndexedDB cannot be used (the app then works without one). */
function copyStore(): Promise<OfflineCopyStore | null> {
  store ??= openOfflineCopy().then(
    async (opened) => {
      const newest = await opened.newestSave();
      update({ hasCopy: newest !== null, newestSavedAt: newest });
      return opened;
    },
    () => {
      update({ hasCopy: false });
      return null;
    },
  );
  return store;
}

if (typeof window !== "undefined") {
  // back online, the queries are asked again (src/app/pwa/use-refresh-when-online.ts); one that
  // still fails for the network marks its copy shown again
  window.addEventListener("online", () => {
    shown.clear();
    update({ online: true });
  });
  window.addEventListener("offline", () => update({ online: false }));
}

function saved(key: string, at: number): void {
  shown.delete(key);
  update({ hasCopy: true, newestSavedAt: Math.max(at, status.newestSavedAt ?? 0) });
}

function showing(key: string, at: number): void {
  shown.set(key, at);
  update({});
}

/** Whether a failed request may be answered from the copy: the server was not reached, and nobody cancelled it. */
function reachedNobody(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return false;
  return isNetworkFailure(error) || error instanceof TypeError; // fetch's own network failure
}

/**
 * The answer of `request`, saved under `key`; the saved one instead when the browser is offline
 * or the server cannot be reached (the error stands when nothing is saved).
 */
export async function withOfflineCopy(key: string, request: () => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
  const kept = async () => {
    const answer = await (await copyStore())?.readAnswer(key);
    if (answer) showing(key, answer.saved_at);
    return answer ?? null;
  };
  if (!browserOnline()) {
    const answer = await kept();
    if (answer) return answer.data;
  }
  try {
    const data = await request();
    void copyStore().then((copy) => copy?.saveAnswer(key, data)).then(() => saved(key, Date.now()), () => undefined);
    return data;
  } catch (error) {
    if (!reachedNobody(error, signal)) throw error;
    const answer = await kept();
    if (!answer) throw error;
    return answer.data;
  }
}

/** What a parcel tile's request gives (src/data/parcels-in-bbox-query.ts). */
export interface TileAnswer {
  readonly parcels: readonly Parcel[];
  readonly truncated: boolean;
}

/** A parcel tile's parcels, as withOfflineCopy does for answers (the tile's parcels kept and read back). */
export async function withKeptTile(tileId: string, request: () => Promise<TileAnswer>, signal?: AbortSignal): Promise<TileAnswer> {
  followParcelStore();
  const key = `tile:${tileId}`;
  const kept = async () => {
    const tile = await (await copyStore())?.readTile(tileId);
    if (tile) showing(key, tile.saved_at);
    return tile ?? null;
  };
  if (!browserOnline()) {
    const tile = await kept();
    if (tile) return tile;
  }
  try {
    const answer = await request();
    void copyStore().then((copy) => copy?.saveTile(tileId, answer.parcels, answer.truncated)).then(() => saved(key, Date.now()), () => undefined);
    return answer;
  } catch (error) {
    if (!reachedNobody(error, signal)) throw error;
    const tile = await kept();
    if (!tile) throw error;
    return tile;
  }
}

/** Forgets a signed-out user's access (the public's data stay). */
export function forgetAccess(): void {
  void copyStore().then((copy) => copy?.deleteAnswers("access:"));
}

// The parcels kept follow the store's newer server states (the change feed, the officer's
// applied events), written in batches: a copy read back offline is then as new as the map was.
const FOLLOW_BATCH_MS = 2_000;
let following = false;

function followParcelStore(): void {
  if (following) return;
  following = true;
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  subscribeParcels((ids) => {
    for (const id of ids) changed.add(id);
    timer ??= setTimeout(() => {
      timer = null;
      const parcels = [...changed].flatMap((id) => getServerParcel(id) ?? []);
      changed.clear();
      void copyStore().then((copy) => copy?.updateParcels(parcels)).catch(() => undefined);
    }, FOLLOW_BATCH_MS);
  });
}

/** Opens the copy (so its status is known) without reading anything. */
export function openCopy(): void {
  void copyStore();
}

function subscribe(listener: () => void): () => void {
  openCopy();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => status;

/** The copy's status now (for tests and non-React code). */
export function getOfflineCopyStatus(): OfflineCopyStatus {
  return status;
}

/** The copy's status; re-renders when it changes. */
export function useOfflineCopyStatus(): OfflineCopyStatus {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
