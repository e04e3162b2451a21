// What the app update needs from the outbox (src/data/outbox/use-outbox.ts): whether an event is
// still waiting to be sent (or parked with a problem, or not read yet), and a way to hear when
// that changes. Kept as one small seam so the update's logic does not depend on the outbox's shape.

import { hasUnsentEvents as outboxHasUnsent, subscribeOutbox as outboxSubscribe } from "@/data/outbox/use-outbox";

/** True while an event written on this device has no final answer from the server yet. */
export function hasUnsentEvents(): Promise<boolean> {
  return Promise.resolve(outboxHasUnsent());
}

/** Calls `listener` whenever the outbox changes in any tab; returns the unsubscribe function. */
export function subscribeOutbox(listener: () => void): () => void {
  return outboxSubscribe(listener);
}
