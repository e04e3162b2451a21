// The app's outbox: the core (outbox-core.ts) on the browser's IndexedDB, sending through
// record_parcel_events as the signed-in user. One tab per origin sends: the one holding the Web
// Lock "gpmb-outbox-sender" (the next tab takes it when that one closes); every tab writes its
// own events and tells the others on the BroadcastChannel "gpmb-outbox", and every tab keeps its
// view (outbox-view.ts) of what waits, so the pending layer and the status agree across tabs.

import { supabase } from "@/data/supabase-client";
import { sendBatch } from "@/data/record-parcel-events-mutation";
import { sendEventFile } from "@/data/event-files";
import type { Outbox } from "@/data/outbox/outbox-core";
import { createOutbox } from "@/data/outbox/outbox-core";
import { refreshOutboxView, setOutboxFlags } from "@/data/outbox/outbox-view";

const LOCK = "gpmb-outbox-sender";
const CHANNEL = "gpmb-outbox";
/** A try now and then even without news (a lost message, a back-off that ended in a hidden tab). */
const POLL_MS = 30_000;

let core: Outbox | null = null;
let channel: BroadcastChannel | null = null;
let userId: string | null = null;
let sender = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let running = false;
let again = false;

/** The outbox of this tab, started on first use. */
export function outbox(): Outbox {
  if (core) return core;
  core = createOutbox({
    idb: indexedDB, send: (events) => sendBatch(events), sendFile: sendEventFile, userId: () => userId, sendTimeoutMs: 30_000,
  });
  core.subscribe(() => {
    channel?.postMessage("changed");
    refreshOutboxView(core!);
    kick();
  });
  start(core);
  return core;
}

function start(box: Outbox) {
  if (typeof BroadcastChannel === "function") {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (message: MessageEvent) => {
      if (message.data === "send") box.wake();
      refreshOutboxView(box);
      kick();
    };
  }
  supabase().then(({ auth }) => {
    auth.onAuthStateChange((_event, session) => {
      userId = session?.user.id ?? null;
      kick();
    });
  }).catch(() => undefined); // no backend configured: nothing is ever sent
  window.addEventListener("online", () => {
    setOutboxFlags({ online: true });
    box.wake();
    kick();
  });
  window.addEventListener("offline", () => setOutboxFlags({ online: false }));
  setOutboxFlags({ online: navigator.onLine });
  electSender(box);
  refreshOutboxView(box);
}

function electSender(box: Outbox) {
  const become = async () => {
    sender = true;
    setOutboxFlags({ sender: true });
    // whoever held the lock before is gone: what it left "sending" goes back in the queue
    await box.recover();
    setInterval(() => kick(), POLL_MS);
    kick();
  };
  if (navigator.locks?.request) {
    void navigator.locks.request(LOCK, async () => {
      await become();
      await new Promise<never>(() => undefined); // held until the tab closes
    });
  } else void become();
}

/** Asks the sending tab to run now (or after `delay`); other tabs do nothing. */
export function kick(delay = 0): void {
  if (!sender || !core) return;
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => void runLoop(core!), delay);
}

async function runLoop(box: Outbox) {
  timer = null;
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    for (;;) {
      again = false;
      const result = await box.runOnce();
      if (result.failed) {
        const { nextAttemptAt } = await box.status();
        kick(Math.max(0, (nextAttemptAt ?? Date.now() + 1000) - Date.now()));
        break;
      }
      if (!result.more && !again) break;
    }
  } catch {
    kick(5000); // IndexedDB refused for a moment: try again
  } finally {
    running = false;
  }
}

/** "Gửi ngay": forgets the back-off and sends now. */
export function sendNow(): void {
  outbox().wake();
  if (sender) kick();
  else channel?.postMessage("send");
}
