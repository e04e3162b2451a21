// What the app update needs from the outbox (helper H1's src/data/outbox/outbox.ts): whether an
// event is still waiting to be sent, and a way to hear when that changes. Until the outbox's
// wiring lands nothing is ever waiting; this file is then pointed at it, and nothing else in
// src/app/pwa changes.

/** True while an event written on this device has no answer from the server yet. */
export function hasUnsentEvents(): Promise<boolean> {
  return Promise.resolve(false);
}

/** Calls `listener` whenever the outbox changes; returns the unsubscribe function. */
export function subscribeOutbox(listener: () => void): () => void {
  void listener;
  return () => undefined;
}
