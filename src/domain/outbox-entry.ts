// The officer's outbox as data: what an entry is, which entries a call may carry, how held
// events are rebased when the problem before them is resolved, and the retry delay. Pure: the
// IndexedDB side is src/data/outbox/outbox-core.ts.

import type { ParcelEvent } from "@/domain/parcel-actions";

/** An event as the outbox sends it: a parcel event, with the device and what it reverts when known. */
export interface OutboxEvent extends ParcelEvent {
  /** The device that made it (src/data/device-id.ts). */
  readonly device_id?: string;
  /** The event this one compensates (an undo). */
  readonly reverts_event_id?: string;
}

/**
 * Where an entry is:
 * - pending: waiting to be sent; sending: in a call whose answer has not come;
 * - conflict / denied / invalid: answered so, parked with the answer until the officer resolves it;
 * - held: a later event of a parcel with a parked problem, waiting for it to be resolved;
 * - dropped: given up by the officer; kept (never deleted silently) and exported.
 * Applied and duplicate answers remove the entry (the log keeps a line of it).
 */
export type EntryState = "pending" | "sending" | "conflict" | "held" | "denied" | "invalid" | "dropped";

/** The states the officer must resolve. */
export const PROBLEM_STATES = ["conflict", "denied", "invalid"] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];

/** The answer an entry was parked with. */
export interface ParkedAnswer {
  readonly status: ProblemState;
  readonly code: string;
  readonly message: string;
  /** The parcel's version as the server answered it (for a conflict, the current one). */
  readonly version: number | null;
  readonly at: number;
}

/** One event in the outbox. */
export interface OutboxEntry {
  readonly event_id: string;
  /** Local order of enqueueing: events go in this order, per parcel strictly. */
  readonly seq: number;
  readonly parcel_id: string;
  /** The officer's action it belongs to (one enqueue call unless told otherwise). */
  readonly batch_id: string;
  /** The signed-in user who made it; null when the outbox is used without users. */
  readonly user_id: string | null;
  readonly event: OutboxEvent;
  readonly state: EntryState;
  /** When the officer made it (ms since epoch). */
  readonly created_at: number;
  /** How many calls carried it. */
  readonly attempts: number;
  readonly answer?: ParkedAnswer;
  readonly dropped_at?: number;
  /** The conflicted event this one re-applies. */
  readonly replaces?: string;
  /** What the app keeps with the event (e.g. the parcel as it was, for the undo); opaque here. */
  readonly meta?: unknown;
}

/** True for states that still wait for the server or the officer (not dropped). */
export function isUnsent(state: EntryState): boolean {
  return state !== "dropped";
}

/**
 * The entries the next call carries, at most `max`, in local order: per parcel only its first
 * entry that is not dropped, and only when it is pending. So a call never holds two events of a
 * parcel: a later event was planned on the state its predecessor makes, and must not land on
 * another state by chance when that one answers conflict (the version could match by chance).
 */
export function pickSendable(entries: readonly OutboxEntry[], max: number, userId?: string | null): OutboxEntry[] {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const seen = new Set<string>();
  const picked: OutboxEntry[] = [];
  for (const entry of sorted) {
    if (picked.length >= max) break;
    if (entry.state === "dropped" || seen.has(entry.parcel_id)) continue;
    seen.add(entry.parcel_id);
    if (entry.state !== "pending") continue;
    if (userId !== undefined && entry.user_id !== userId) continue;
    picked.push(entry);
  }
  return picked;
}

/**
 * The held entries of a parcel put back in the queue on `version`: the first expects `version`,
 * the next `version + 1`, and so on, in local order (each was planned on its predecessor's
 * result). Their ids stay: a held event was never sent (a call carries only a parcel's first entry).
 */
export function rebaseHeld(held: readonly OutboxEntry[], version: number): OutboxEntry[] {
  return [...held].sort((a, b) => a.seq - b.seq).map((entry, index) => ({
    ...entry,
    state: "pending",
    event: { ...entry.event, expected_version: version + index },
  }));
}

/** The longest wait between two tries. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * How long to wait after `failures` failed calls in a row: 1 s, 2 s, 4 s … at most 60 s, each
 * spread by ±25 % (`random` in [0, 1)) so that devices coming back online together do not call together.
 */
export function backoffDelay(failures: number, random: number): number {
  if (failures < 1) return 0;
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures - 1, 16));
  return Math.min(MAX_BACKOFF_MS, Math.round(base * (0.75 + 0.5 * random)));
}

/** The outbox's counts, for the status line. */
export interface OutboxCounts {
  /** Waiting to be sent or in a call: pending, sending and held. */
  readonly pending: number;
  readonly sending: number;
  readonly held: number;
  /** Parked: conflict, denied, invalid. */
  readonly problems: number;
  readonly dropped: number;
  /** Everything not yet answered for good: pending + problems (what blocks signing out). */
  readonly unsent: number;
  /** When the oldest unsent event was made (ms), or null. */
  readonly oldestAt: number | null;
}

/** Counts the entries. */
export function countEntries(entries: readonly OutboxEntry[]): OutboxCounts {
  let pending = 0, sending = 0, held = 0, problems = 0, dropped = 0;
  let oldestAt: number | null = null;
  for (const e of entries) {
    if (e.state === "dropped") {
      dropped++;
      continue;
    }
    if (e.state === "pending" || e.state === "sending" || e.state === "held") pending++;
    else problems++;
    if (e.state === "sending") sending++;
    if (e.state === "held") held++;
    oldestAt = oldestAt === null ? e.created_at : Math.min(oldestAt, e.created_at);
  }
  return { pending, sending, held, problems, dropped, unsent: pending + problems, oldestAt };
}
