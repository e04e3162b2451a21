// The officer's outbox: every parcel event is written here (IndexedDB, strict durability) before
// the UI says "saved on this device", and kept until the server has answered it. No React and no
// supabase-js: the app (outbox.ts) hands it the send function; tests and the load script hand it
// fake-indexeddb, a fake clock and their own send.
//
// API — const outbox = createOutbox({ idb, send, sendFile?, clock?, lock?, userId?, maxBatch?, sendTimeoutMs? })
//   enqueue(items, files?)  writes events (state pending, or held behind a parked problem of their
//                           parcel) and files in one strict transaction; resolves once on disk.
//   recover()               at start, by the sender: entries left "sending" by a crash go back to
//                           pending (same ids: the server answers "duplicate" if they were recorded).
//   runOnce({ force? })     one call: marks the next events "sending" (one per parcel, in order),
//                           sends them, writes all answers in one transaction: applied/duplicate
//                           remove the entry (a log line is kept), conflict/denied/invalid park it
//                           with the answer and hold the parcel's later events; conflict/busy and
//                           events without an answer go back to pending. A network error or a
//                           timeout puts the call's events back to pending and backs off (1 s, 2 s,
//                           4 s … ≤ 60 s, jitter); runOnce before the back-off ends does nothing
//                           unless forced. Then sends the files whose events are all applied.
//   flush({ maxMs? })       runOnce until nothing can be sent (waits out back-offs on the clock).
//   wake()                  forgets the back-off (back online, or "send now").
//   status() / entries() / problems() / batch(id) / log(limit?) / logSince(n) / lastLogN() /
//   exportUnsent()          reads (the log: answered events in the order answered, capped).
//   reapply(id, current)    a conflict re-applied as a new event (new id) on current.version; the
//                           held events of its parcel are rebased after it; a log line keeps the old id.
//   drop(id, current?)      a problem or held event given up: state "dropped", kept and exported;
//                           the parcel's held events are rebased on current?.version (else on the
//                           version the server answered) and go back to the queue.
//   subscribe(listener)     hears every write this instance commits. close().
// In Node: `import "fake-indexeddb/auto"` first (idb checks values against the IDB* globals), then
// pass `new IDBFactory()` from "fake-indexeddb"; outbox-test-kit.ts has a fake clock and server.
// Only one sender at a time: the app sends from the tab that holds a Web Lock; `lock` wraps each
// run for other hosts. Within one instance runs never overlap.

import type { EventAnswer } from "@/domain/parcel-event-answers";
import { MAX_EVENTS_PER_CALL } from "@/domain/limits";
import { newEventId } from "@/domain/parcel-actions";
import type { OutboxEntry } from "@/domain/outbox-entry";
import { backoffDelay, countEntries, PROBLEM_STATES, pickSendable, rebaseHeld } from "@/domain/outbox-entry";
import type { OutboxDb } from "@/data/outbox/outbox-db";
import { openOutboxDb, STRICT } from "@/data/outbox/outbox-db";
import { storeAnswers } from "@/data/outbox/outbox-answers";
import type {
  Clock, FileAnswer, Lock, LogRecord, OutboxFile, OutboxItem, OutboxProblem, OutboxStatus, RunResult, SendEvents, SendFile,
  StoredFile, UnsentExport,
} from "@/data/outbox/outbox-types";
import { systemClock } from "@/data/outbox/outbox-types";

export interface OutboxOptions {
  readonly idb: IDBFactory;
  readonly send: SendEvents;
  readonly sendFile?: SendFile;
  readonly clock?: Clock;
  readonly lock?: Lock;
  /** The signed-in user: stamped on new entries; only their entries are sent (null: none). */
  readonly userId?: () => string | null;
  readonly dbName?: string;
  readonly maxBatch?: number;
  readonly sendTimeoutMs?: number;
  readonly newId?: () => string;
  readonly random?: () => number;
  /** How many answered events the log keeps. */
  readonly logKeep?: number;
}

/** The version to build on when a problem is resolved. */
export interface CurrentState {
  readonly version: number;
  /** Replaces the entry's meta (e.g. the parcel as it is now). */
  readonly meta?: unknown;
}

export type Outbox = ReturnType<typeof createOutbox>;

/** Thrown when a call takes longer than sendTimeoutMs: its events go back to the queue. */
export class OutboxTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "OutboxTimeoutError";
  }
}

const NO_ANSWERS: RunResult["answered"] = { applied: 0, duplicate: 0, conflict: 0, denied: 0, invalid: 0 };

export function createOutbox(options: OutboxOptions) {
  const clock = options.clock ?? systemClock;
  const maxBatch = options.maxBatch ?? MAX_EVENTS_PER_CALL;
  const timeoutMs = options.sendTimeoutMs ?? 60_000;
  const newId = options.newId ?? newEventId;
  const random = options.random ?? Math.random;
  const logKeep = options.logKeep ?? 10_000;
  const dbp: Promise<OutboxDb> = openOutboxDb(options.idb, options.dbName);
  const listeners = new Set<() => void>();
  let failures = 0;
  let nextAttemptAt: number | null = null;
  let lastError: string | null = null;
  let running: Promise<unknown> = Promise.resolve();

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const currentUser = () => (options.userId ? options.userId() : undefined);

  function failed(error: unknown) {
    failures++;
    lastError = error instanceof Error ? error.message : String(error);
    nextAttemptAt = clock.now() + backoffDelay(failures, random());
  }

  function withTimeout<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = clock.setTimeout(() => reject(new OutboxTimeoutError(timeoutMs)), timeoutMs);
      promise.then(
        (value) => { clock.clearTimeout(timer); resolve(value); },
        (error: unknown) => { clock.clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
      );
    });
  }

  /** Puts entries still "sending" back to pending (a failed call, or a crash before this start). */
  async function backToPending(db: OutboxDb, ids?: ReadonlySet<string>): Promise<number> {
    const tx = db.transaction("entries", "readwrite", STRICT);
    const all = await tx.store.getAll();
    const stuck = all.filter((e) => e.state === "sending" && (!ids || ids.has(e.event_id)));
    await Promise.all([...stuck.map((e) => tx.store.put({ ...e, state: "pending" })), tx.done]);
    return stuck.length;
  }

  /** Marks the picked entries "sending" before the call leaves; returns those still pending. */
  async function markSending(db: OutboxDb, picked: readonly OutboxEntry[]): Promise<OutboxEntry[]> {
    const tx = db.transaction("entries", "readwrite", STRICT);
    const current = await Promise.all(picked.map((e) => tx.store.get(e.event_id)));
    const marked = current.flatMap((e) => (e?.state === "pending" ? [{ ...e, state: "sending" as const, attempts: e.attempts + 1 }] : []));
    await Promise.all([...marked.map((e) => tx.store.put(e)), tx.done]);
    return marked;
  }

  async function sendEvents(db: OutboxDb, picked: readonly OutboxEntry[]): Promise<Pick<RunResult, "sent" | "answered" | "failed">> {
    const marked = await markSending(db, picked);
    if (marked.length === 0) return { sent: 0, answered: NO_ANSWERS, failed: false };
    notify();
    let answers: EventAnswer[];
    try {
      answers = await withTimeout(options.send(marked.map((e) => e.event)));
      if (!Array.isArray(answers)) throw new Error("the answers are not a list");
    } catch (error) {
      await backToPending(db, new Set(marked.map((e) => e.event_id)));
      failed(error);
      notify();
      return { sent: marked.length, answered: NO_ANSWERS, failed: true };
    }
    const stored = await storeAnswers(db, marked, answers, { now: clock.now(), logKeep });
    if (stored.retry === marked.length) failed(new Error("no event was answered (busy or missing answers)"));
    else {
      failures = 0;
      nextAttemptAt = null;
      lastError = null;
    }
    notify();
    return { sent: marked.length, answered: stored.answered, failed: stored.retry === marked.length };
  }

  /** Sends the files whose events are all applied, one by one; stops at the first failure. */
  async function sendFiles(db: OutboxDb, sendFile: SendFile): Promise<{ sent: number; failed: boolean }> {
    const files = await db.getAll("files");
    const ready = files.filter((f) => f.state === "waiting" && f.event_ids.length > 0 &&
      f.event_ids.every((id) => f.applied_event_ids.includes(id)));
    let sent = 0;
    for (const file of ready) {
      let answer: FileAnswer;
      try {
        answer = await withTimeout(sendFile(file));
      } catch (error) {
        failed(error);
        notify();
        return { sent, failed: true };
      }
      const tx = db.transaction("files", "readwrite", STRICT);
      if (answer.status === "stored" || answer.status === "duplicate") void tx.store.delete(file.file_id);
      else if (answer.status === "denied" || answer.status === "invalid") void tx.store.put({ ...file, state: answer.status, answer: { code: answer.code, message: answer.message, at: clock.now() } });
      await tx.done;
      sent++;
      notify();
    }
    return { sent, failed: false };
  }

  async function run(force: boolean): Promise<RunResult & { waitUntil: number | null }> {
    const idle = { sent: 0, answered: NO_ANSWERS, failed: false, filesSent: 0, more: false };
    if (!force && nextAttemptAt !== null && clock.now() < nextAttemptAt) return { ...idle, more: true, waitUntil: nextAttemptAt };
    const db = await dbp;
    const user = currentUser();
    if (user === null) return { ...idle, waitUntil: null };
    const picked = pickSendable(await db.getAllFromIndex("entries", "seq"), maxBatch, user);
    const events = picked.length > 0 ? await sendEvents(db, picked) : { sent: 0, answered: NO_ANSWERS, failed: false };
    if (events.failed) return { ...idle, ...events, more: true, waitUntil: nextAttemptAt };
    const files = options.sendFile ? await sendFiles(db, options.sendFile) : { sent: 0, failed: false };
    const left = pickSendable(await db.getAllFromIndex("entries", "seq"), 1, user).length > 0;
    return {
      ...events, filesSent: files.sent, failed: files.failed, more: left || files.failed,
      waitUntil: files.failed ? nextAttemptAt : null,
    };
  }

  /** Runs `fn` after the runs before it, under the host's lock when there is one. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = running.then(() => (options.lock ? options.lock(fn) : fn()));
    running = next.catch(() => undefined);
    return next;
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, Math.max(0, ms)));

  return {
    async enqueue(items: readonly OutboxItem[], files: readonly OutboxFile[] = []): Promise<OutboxEntry[]> {
      const db = await dbp;
      const now = clock.now();
      const user = currentUser() ?? null;
      const batch = newId();
      const tx = db.transaction(["entries", "files", "meta"], "readwrite", STRICT);
      const entries = tx.objectStore("entries");
      const meta = tx.objectStore("meta");
      const [all, lastSeq] = await Promise.all([entries.getAll(), meta.get("seq")]);
      const known = new Set(all.map((e) => e.event_id));
      const stopped = new Set(all.filter((e) => e.state === "held" || (PROBLEM_STATES as readonly string[]).includes(e.state))
        .map((e) => e.parcel_id));
      let seq = lastSeq ?? 0;
      const added: OutboxEntry[] = [];
      for (const item of items) {
        if (known.has(item.event.event_id)) continue; // enqueueing the same event twice changes nothing
        known.add(item.event.event_id);
        added.push({
          event_id: item.event.event_id, seq: ++seq, parcel_id: item.event.parcel_id, batch_id: item.batch_id ?? batch,
          user_id: user, event: item.event, state: stopped.has(item.event.parcel_id) ? "held" : "pending",
          created_at: now, attempts: 0, meta: item.meta,
        });
      }
      const stored: StoredFile[] = files.map((f) => ({ ...f, state: "waiting", applied_event_ids: [], created_at: now }));
      await Promise.all([
        ...added.map((e) => entries.put(e)), meta.put(seq, "seq"),
        ...stored.map((f) => tx.objectStore("files").put(f)), tx.done,
      ]);
      notify();
      return added;
    },

    async recover(): Promise<number> {
      const moved = await serial(async () => backToPending(await dbp));
      if (moved > 0) notify();
      return moved;
    },

    runOnce({ force = false }: { force?: boolean } = {}): Promise<RunResult> {
      return serial(async () => {
        const { waitUntil: _w, ...result } = await run(force);
        return result;
      });
    },

    async flush({ maxMs = Number.POSITIVE_INFINITY }: { maxMs?: number } = {}): Promise<OutboxStatus> {
      const deadline = clock.now() + maxMs;
      for (;;) {
        const result = await serial(() => run(false));
        if (!result.more) break;
        if (result.waitUntil !== null) {
          if (result.waitUntil > deadline) break;
          await sleep(result.waitUntil - clock.now());
        }
      }
      return this.status();
    },

    wake(): void {
      failures = 0;
      nextAttemptAt = null;
    },

    async status(): Promise<OutboxStatus> {
      const db = await dbp;
      const [entries, files, lastSyncAt] = await Promise.all([db.getAll("entries"), db.getAll("files"), db.get("meta", "lastSyncAt")]);
      return {
        ...countEntries(entries), lastSyncAt: lastSyncAt ?? null, nextAttemptAt, failures, lastError,
        filesWaiting: files.filter((f) => f.state === "waiting").length,
        fileProblems: files.filter((f) => f.state === "denied" || f.state === "invalid").length,
      };
    },

    /** Every entry (also parked and dropped ones), in local order. */
    async entries(): Promise<OutboxEntry[]> {
      return (await dbp).getAllFromIndex("entries", "seq");
    },

    /** The parked problems in local order, each with how many later events of its parcel it holds. */
    async problems(): Promise<OutboxProblem[]> {
      const all = await (await dbp).getAllFromIndex("entries", "seq");
      return all.filter((e) => (PROBLEM_STATES as readonly string[]).includes(e.state)).map((e) => ({
        ...e, held: all.filter((h) => h.state === "held" && h.parcel_id === e.parcel_id).length,
      }));
    },

    /** The log lines written after line `n` (0: all), in the order they were written. */
    async logSince(n: number): Promise<LogRecord[]> {
      return (await dbp).getAllFromIndex("log", "n", IDBKeyRange.lowerBound(n, true));
    },

    /** The number of the last log line (0 when none). */
    async lastLogN(): Promise<number> {
      return (await (await dbp).get("meta", "logN")) ?? 0;
    },

    /** One action's events: those still in the outbox and the log lines of those answered. */
    async batch(batchId: string): Promise<{ entries: OutboxEntry[]; lines: LogRecord[] }> {
      const db = await dbp;
      const [entries, lines] = await Promise.all([
        db.getAllFromIndex("entries", "batch_id", batchId), db.getAllFromIndex("log", "batch_id", batchId),
      ]);
      return { entries, lines };
    },

    /** The most recent answered events, newest first. */
    async log(limit = 200): Promise<LogRecord[]> {
      const db = await dbp;
      const out: LogRecord[] = [];
      let cursor = await db.transaction("log").store.index("n").openCursor(null, "prev");
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },

    async reapply(id: string, current: CurrentState): Promise<OutboxEntry> {
      const db = await dbp;
      const now = clock.now();
      const tx = db.transaction(["entries", "log", "files", "meta"], "readwrite", STRICT);
      const entries = tx.objectStore("entries");
      const [entry, all, files, lastN] = await Promise.all([
        entries.get(id), entries.getAll(), tx.objectStore("files").getAll(), tx.objectStore("meta").get("logN"),
      ]);
      if (entry?.state !== "conflict") {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error(`outbox: ${id} is not a conflict`);
      }
      const freshId = newId();
      const { answer, ...rest } = entry;
      const fresh: OutboxEntry = {
        ...rest, event_id: freshId, event: { ...entry.event, event_id: freshId, expected_version: current.version },
        state: "pending", attempts: 0, replaces: id, meta: current.meta !== undefined ? current.meta : entry.meta,
      };
      const held = rebaseHeld(all.filter((e) => e.state === "held" && e.parcel_id === entry.parcel_id), current.version + 1);
      const line: LogRecord = {
        event_id: id, seq: entry.seq, n: (lastN ?? 0) + 1, batch_id: entry.batch_id, parcel_id: entry.parcel_id, user_id: entry.user_id,
        event: entry.event, status: "reapplied", version: answer?.version ?? null, at: now, replaced_by: freshId, meta: entry.meta,
      };
      const moved = files.filter((f) => f.event_ids.includes(id))
        .map((f) => ({ ...f, event_ids: f.event_ids.map((e) => (e === id ? freshId : e)) }));
      await Promise.all([
        entries.delete(id), entries.put(fresh), ...held.map((e) => entries.put(e)), tx.objectStore("log").put(line),
        ...moved.map((f) => tx.objectStore("files").put(f)), tx.objectStore("meta").put(line.n, "logN"), tx.done,
      ]);
      notify();
      return fresh;
    },

    async drop(id: string, current?: Pick<CurrentState, "version">): Promise<void> {
      const db = await dbp;
      const now = clock.now();
      const tx = db.transaction(["entries", "files"], "readwrite", STRICT);
      const entries = tx.objectStore("entries");
      const [entry, all, files] = await Promise.all([entries.get(id), entries.getAll(), tx.objectStore("files").getAll()]);
      if (!entry || entry.state === "pending" || entry.state === "sending" || entry.state === "dropped") {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error(`outbox: ${id} cannot be dropped (${entry?.state ?? "unknown"})`);
      }
      const writes: Promise<unknown>[] = [entries.put({ ...entry, state: "dropped", dropped_at: now })];
      if (entry.state !== "held") {
        const base = current?.version ?? entry.answer?.version ?? entry.event.expected_version;
        const held = rebaseHeld(all.filter((e) => e.state === "held" && e.parcel_id === entry.parcel_id), base);
        writes.push(...held.map((e) => entries.put(e)));
      }
      for (const f of files.filter((file) => file.event_ids.includes(id))) {
        const left = f.event_ids.filter((e) => e !== id);
        writes.push(tx.objectStore("files").put({ ...f, event_ids: left, state: left.length === 0 ? "dropped" : f.state }));
      }
      await Promise.all([...writes, tx.done]);
      notify();
    },

    async exportUnsent(): Promise<UnsentExport> {
      const db = await dbp;
      const [entries, files] = await Promise.all([db.getAllFromIndex("entries", "seq"), db.getAll("files")]);
      return { entries, files };
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async close(): Promise<void> {
      (await dbp).close();
    },
  };
}
