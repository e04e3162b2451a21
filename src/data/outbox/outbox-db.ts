// The outbox's IndexedDB database `gpmb-outbox`, opened on a given IDBFactory (the browser's, or
// fake-indexeddb in Node). Stores: entries (by event_id, index seq), files (by file_id), log
// (answered events, by event_id; index n: the order they were answered in) and meta (counters and
// times). Entries and log lines are also indexed by batch_id (one officer's action).

import type { DBSchema, IDBPDatabase } from "idb";
import { wrap } from "idb";
import type { LogRecord, OutboxEntry, StoredFile } from "@/data/outbox/outbox-types";

export const OUTBOX_DB = "gpmb-outbox";
const VERSION = 1;

/** Keys of the meta store. */
export interface OutboxMeta {
  seq: number;
  /** The last log line's n. */
  logN: number;
  lastSyncAt: number;
}

export interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { seq: number; batch_id: string } };
  files: { key: string; value: StoredFile };
  log: { key: string; value: LogRecord; indexes: { n: number; batch_id: string } };
  meta: { key: keyof OutboxMeta; value: number };
}

export type OutboxDb = IDBPDatabase<OutboxSchema>;

/** Every write goes through this: a strict transaction is on disk when it completes (Chrome's default is relaxed). */
export const STRICT = { durability: "strict" } as const;

/** Opens (and creates or upgrades) the database on `factory`. */
export function openOutboxDb(factory: IDBFactory, name: string = OUTBOX_DB): Promise<OutboxDb> {
  const request = factory.open(name, VERSION);
  request.addEventListener("upgradeneeded", () => {
    const db = wrap(request.result) as unknown as OutboxDb;
    if (!db.objectStoreNames.contains("entries")) {
      const entries = db.createObjectStore("entries", { keyPath: "event_id" });
      entries.createIndex("seq", "seq");
      entries.createIndex("batch_id", "batch_id");
      db.createObjectStore("files", { keyPath: "file_id" });
      const log = db.createObjectStore("log", { keyPath: "event_id" });
      log.createIndex("n", "n");
      log.createIndex("batch_id", "batch_id");
      db.createObjectStore("meta");
    }
  });
  return wrap(request) as unknown as Promise<OutboxDb>;
}
