// The service worker's registration (the build's sw.js, tools/offline-app.ts) and the app
// update: a new version found on the server waits until no outbox event is unsent, then the
// officer is offered to take it (the page reloads into it) and told afterwards that it was taken.
// A version that swapped code while events waited could misread them, and a reload in the middle
// of an officer's form would lose it: hence the wait, and the button.

import { Workbox } from "workbox-window";
import { hasUnsentEvents, subscribeOutbox } from "@/app/pwa/outbox-adapter";

/** idle: nothing to tell; waiting-outbox / ready: a new version waits; updated: this page is it. */
export type UpdateState = "idle" | "waiting-outbox" | "ready" | "updated";

/** Looks for a new version on the server this often while the app is open. */
const CHECK_EVERY_MS = 60 * 60_000;
/** Set just before the page reloads into the new version, so that page says it was updated. */
const UPDATED_FLAG = "gpmb-app-updated";

let state: UpdateState = "idle";
let workbox: Workbox | null = null;
const listeners = new Set<() => void>();

function set(next: UpdateState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function takeUpdatedFlag(): boolean {
  try {
    const flag = sessionStorage.getItem(UPDATED_FLAG) !== null;
    sessionStorage.removeItem(UPDATED_FLAG);
    return flag;
  } catch {
    return false;
  }
}

/** Re-asks the outbox while a version waits. */
async function checkOutbox(): Promise<void> {
  if (state !== "waiting-outbox" && state !== "ready") return;
  set((await hasUnsentEvents()) ? "waiting-outbox" : "ready");
}

/** Registers the worker once (production builds with service workers only). */
export function registerServiceWorker(): void {
  if (workbox || !import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  if (takeUpdatedFlag()) set("updated");
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener("waiting", () => {
    set("waiting-outbox");
    void checkOutbox();
  });
  workbox.addEventListener("controlling", (event) => {
    if (!event.isUpdate) return;
    try {
      sessionStorage.setItem(UPDATED_FLAG, "1");
    } catch {
      // no session storage: the new version simply does not say so
    }
    window.location.reload();
  });
  subscribeOutbox(() => void checkOutbox());
  void workbox.register().catch(() => undefined); // no worker (private mode, blocked): the app still runs online
  window.setInterval(() => void workbox?.update().catch(() => undefined), CHECK_EVERY_MS);
}

/** Takes the waiting version now, if still no event is unsent (the page then reloads into it). */
export async function applyUpdate(): Promise<void> {
  if (await hasUnsentEvents()) {
    set("waiting-outbox");
    return;
  }
  workbox?.messageSkipWaiting();
}

/** Hides the "updated" note. */
export function dismissUpdated(): void {
  if (state === "updated") set("idle");
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateState(): UpdateState {
  return state;
}
