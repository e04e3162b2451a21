// Polling changes_since(cursor): reading a page of changed parcels, keeping only what is newer
// than what this screen has seen, and a poller that asks every few seconds, backs off on errors
// without losing its cursor, and can be asked to poll at once. No React here: the app's one
// shared feed and its hooks are in changes-feed.ts.

import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import type { Parcel } from "@/domain/parcel";
import { parcelBlocker, parcelBlockerFields, parcelState, parcelStateFields } from "@/data/parcel-row";
import { count, parseRows } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
/** How often the feed asks for changes, ms. */
export const POLL_INTERVAL_MS = 3_000;
/** The longest wait between attempts while the server cannot be reached, ms. */
export const MAX_BACKOFF_MS = 30_000;

/** A parcel's state as changes_since reports it: the public fields that a change can move. */
export type ChangedParcel = Pick<Parcel,
  "id" | "projectId" | "adminUnitId" | "areaM2" | "stage" | "blocked" | "blockerReason" | "blockerResponsible" | "version">;

/** One answer of changes_since: the cursor to ask with next, and the parcels changed. */
export interface ChangesPage {
  readonly cursor: number;
  readonly parcels: readonly ChangedParcel[];
  /** Rows this client could not read (e.g. a stage it does not know): something changed all the same. */
  readonly unreadable: number;
}

const rowSchema = z.object({ ...parcelStateFields, ...parcelBlockerFields });
const pageSchema = z.object({ cursor: count, parcels: z.array(z.unknown()) });

/** Reads an answer of changes_since (a jsonb object, possibly sent as text). */
export function parseChangesPage(data: unknown): ChangesPage {
  const page = parseRows(pageSchema, typeof data === "string" ? (JSON.parse(data) as unknown) : data, "changes_since");
  const parcels: ChangedParcel[] = [];
  let unreadable = 0;
  for (const raw of page.parcels) {
    const row = rowSchema.safeParse(raw);
    if (!row.success) {
      unreadable++;
      continue;
    }
    const r = row.data;
    parcels.push({ ...parcelState(r), ...parcelBlocker(r) });
  }
  return { cursor: page.cursor, parcels, unreadable };
}

/** Asks the server for the parcels changed since `cursor`; null gets only a cursor to start from. */
export async function fetchChanges(cursor: number | null, signal?: AbortSignal): Promise<ChangesPage> {
  const client = await supabase();
  let request = client.rpc("changes_since", { p_cursor: cursor });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("changes_since", response.error, response.status);
  return parseChangesPage(response.data as unknown);
}

/**
 * The rows that are news: one per parcel (the highest version, as rows may repeat), and only
 * those above the version already `seen` and above the version this client's own write gave
 * the parcel (`ownVersion`: the answer of record_parcel_events already told it, and the send
 * refreshed the figures). Does not change `seen`.
 */
export function newerChanges(
  rows: readonly ChangedParcel[],
  seen: ReadonlyMap<string, number>,
  ownVersion: (id: string) => number | undefined = () => undefined,
): ChangedParcel[] {
  const best = new Map<string, ChangedParcel>();
  for (const row of rows) {
    const known = best.get(row.id);
    if (!known || row.version > known.version) best.set(row.id, row);
  }
  return [...best.values()].filter((row) => row.version > Math.max(seen.get(row.id) ?? 0, ownVersion(row.id) ?? 0));
}

/** The wait before the next attempt after `failures` failures in a row: doubling, capped. */
export function backoffDelay(failures: number, intervalMs = POLL_INTERVAL_MS, maxMs = MAX_BACKOFF_MS): number {
  if (failures <= 0) return intervalMs;
  return Math.min(maxMs, intervalMs * 2 ** Math.min(failures, 16));
}

/** What the feed is doing: "live" after a successful poll, "retrying" after a failed one. */
export interface FeedStatus {
  readonly state: "stopped" | "connecting" | "live" | "retrying" | "paused";
  /** When the server last answered (ms since 1970): the figures are current as of then. */
  readonly lastSyncAt: number | null;
  readonly failures: number;
}

export const STOPPED: FeedStatus = { state: "stopped", lastSyncAt: null, failures: 0 };

export interface PollerOptions {
  readonly fetchChanges: (cursor: number | null, signal: AbortSignal) => Promise<ChangesPage>;
  /** Called with the parcels that changed (possibly none, when only unreadable rows came). */
  readonly onChanges: (changes: readonly ChangedParcel[]) => void;
  /** The version this client's own write gave a parcel: rows up to it are not news (see newerChanges). */
  readonly ownVersion?: (id: string) => number | undefined;
  /** Called when the first cursor arrives, with the time its request was sent: figures older may lack changes. */
  readonly onCursor?: (requestedAt: number) => void;
  readonly onStatus?: (status: FeedStatus) => void;
  readonly intervalMs?: number;
  readonly maxBackoffMs?: number;
  readonly now?: () => number;
}

/** The polling loop, with its cursor and the versions seen; the network call is injected. */
export interface ChangesPoller {
  start(): void;
  stop(): void;
  pause(): void;
  resume(): void;
  /** Polls at once (or right after the poll under way). */
  pollNow(): void;
  cursor(): number | null;
  status(): FeedStatus;
}

export function createChangesPoller(options: PollerOptions): ChangesPoller {
  const interval = options.intervalMs ?? POLL_INTERVAL_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  let cursor: number | null = null;
  let status: FeedStatus = STOPPED;
  let running = false;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  let again = false;

  const setStatus = (patch: Partial<FeedStatus>) => {
    status = { ...status, ...patch };
    options.onStatus?.(status);
  };
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    clearTimer();
    if (running && !paused) timer = setTimeout(() => void poll(), ms);
  };

  async function poll(): Promise<void> {
    timer = null;
    if (!running || paused) return;
    if (inFlight) {
      again = true;
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    const requestedAt = now();
    let delay = interval;
    try {
      const page = await options.fetchChanges(cursor, controller.signal);
      if (inFlight !== controller) return; // stopped meanwhile
      if (cursor === null) {
        options.onCursor?.(requestedAt);
      } else {
        const fresh = newerChanges(page.parcels, seen, options.ownVersion);
        if (fresh.length > 0 || page.unreadable > 0) options.onChanges(fresh);
        for (const row of fresh) seen.set(row.id, row.version);
      }
      cursor = page.cursor; // only once the changes are handled: a failure above asks again
      setStatus({ state: paused ? "paused" : "live", lastSyncAt: now(), failures: 0 });
    } catch {
      if (inFlight !== controller) return;
      const failures = status.failures + 1;
      delay = backoffDelay(failures, interval, options.maxBackoffMs);
      setStatus({ state: paused ? "paused" : "retrying", failures });
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        schedule(again ? 0 : delay);
        again = false;
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      setStatus({ state: paused ? "paused" : "connecting", failures: 0 });
      if (!paused) void poll();
    },
    stop() {
      running = false;
      clearTimer();
      inFlight?.abort();
      inFlight = null;
      again = false;
      setStatus({ state: "stopped" });
    },
    pause() {
      paused = true;
      clearTimer();
      if (running) setStatus({ state: "paused" });
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (!running) return;
      setStatus({ state: status.failures > 0 ? "retrying" : "live" });
      void poll();
    },
    pollNow() {
      if (running && !paused) void poll();
    },
    cursor: () => cursor,
    status: () => status,
  };
}
