// The outbox's IndexedDB database `gpmb-outbox`, opened on a given IDBFactory (the browser's, or
// fake-indexeddb in Node). Stores: entries (by event_id, index seq), files (by file_id), log
// (answered events, by event_id, index seq) and meta (counters and times).

import type { DBSchema, IDBPDatabase } from "idb";
import { wrap } from "idb";
import type { LogRecord, OutboxEntry, StoredFile } from "@/data/outbox/outbox-types";

export const OUTBOX_DB = "gpmb-outbox";
const VERSION = 1;

/** Keys of the meta store. */
export interface OutboxMeta {
  seq: number;
  lastSyncAt: number;
}

export interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { seq: number } };
  files: { key: string; value: StoredFile };
  log: { key: string; value: LogRecord; indexes: { seq: number } };
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
      db.createObjectStore("entries", { keyPath: "event_id" }).createIndex("seq", "seq");
      db.createObjectStore("files", { keyPath: "file_id" });
      db.createObjectStore("log", { keyPath: "event_id" }).createIndex("seq", "seq");
      db.createObjectStore("meta");
    }
  });
  return wrap(request) as unknown as Promise<OutboxDb>;
}
