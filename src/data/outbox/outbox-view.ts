// What this tab knows of the outbox, read again after every write in any tab: the status, the
// parked problems, and the unsent events, which become the parcel store's pending layer (so they
// show at once, in every tab and after a reload). New applied lines of the log move the store's
// server state and tell the figures to refresh.

import { setPendingEdits, settleAppliedEdits } from "@/data/parcel-store";
import type { Outbox } from "@/data/outbox/outbox-core";
import type { OutboxEntry, OutboxProblem, OutboxStatus } from "@/data/outbox/outbox-types";
import { PROBLEM_STATES } from "@/domain/outbox-entry";

/** The outbox as the UI shows it. */
export interface OutboxView {
  /** False until the first read of IndexedDB is done (until then nothing is known). */
  readonly loaded: boolean;
  readonly status: OutboxStatus | null;
  readonly problems: readonly OutboxProblem[];
  /** Entries still waiting (pending, sending, held) in local order. */
  readonly waiting: readonly OutboxEntry[];
  /** navigator.storage.persist()'s answer; null before it was asked. */
  readonly persisted: boolean | null;
  readonly online: boolean;
  /** True in the tab that sends. */
  readonly sender: boolean;
  /** Changes whenever anything above does. */
  readonly revision: number;
}

let view: OutboxView = {
  loaded: false, status: null, problems: [], waiting: [], persisted: null, online: true, sender: false, revision: 0,
};
const listeners = new Set<() => void>();
const appliedListeners = new Set<(count: number) => void>();
let lastN: number | null = null;
let reading = false;
let readAgain = false;

function publish(patch: Partial<OutboxView>) {
  view = { ...view, ...patch, revision: view.revision + 1 };
  for (const listener of listeners) listener();
}

/** The current view. */
export function getOutboxView(): OutboxView {
  return view;
}

/** Hears every change of the view. */
export function subscribeOutboxView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hears how many events the server newly applied (any tab's send). */
export function subscribeApplied(listener: (count: number) => void): () => void {
  appliedListeners.add(listener);
  return () => appliedListeners.delete(listener);
}

/** Sets the flags the wiring knows (online, sender, persisted). */
export function setOutboxFlags(patch: Partial<Pick<OutboxView, "online" | "sender" | "persisted">>): void {
  publish(patch);
}

/** Reads the outbox again (coalesced: one read at a time, one more if asked meanwhile). */
export function refreshOutboxView(box: Outbox): void {
  if (reading) {
    readAgain = true;
    return;
  }
  reading = true;
  void read(box).catch(() => undefined).finally(() => {
    reading = false;
    if (readAgain) {
      readAgain = false;
      refreshOutboxView(box);
    }
  });
}

async function read(box: Outbox) {
  // lines answered before this page opened are in what the server sends it
  lastN ??= await box.lastLogN();
  const [status, entries, lines] = await Promise.all([box.status(), box.entries(), box.logSince(lastN)]);
  const applied = lines.filter((l) => (l.status === "applied" || l.status === "duplicate") && l.version !== null);
  if (lines.length > 0) lastN = Math.max(lastN, ...lines.map((l) => l.n));
  settleAppliedEdits(applied.map((l) => ({ event: l.event, version: l.version! })));
  setPendingEdits(entries.filter((e) => e.state === "pending" || e.state === "sending").map((e) => e.event));
  const problems = entries.filter((e) => (PROBLEM_STATES as readonly string[]).includes(e.state)).map((e) => ({
    ...e, held: entries.filter((h) => h.state === "held" && h.parcel_id === e.parcel_id).length,
  }));
  const waiting = entries.filter((e) => e.state === "pending" || e.state === "sending" || e.state === "held");
  publish({ loaded: true, status, problems, waiting });
  if (applied.length > 0) for (const listener of appliedListeners) listener(applied.length);
}
