// The copy kept on the device (IndexedDB "gpmb-offline-copy") of what the app needs to open and
// be worked in without signal: the boundaries, the projects, the app's dataset facts, the
// signed-in user's access, and the parcels of the map tiles last viewed. Each record has its
// saved_at. Every write transaction is "strict": Chrome's default ("relaxed") may lose a write
// that the app already reported as kept when the device loses power.
//
// No React, no supabase-js: src/data/offline-copy/offline-copy.ts wires this to the queries and
// the parcel store, and the unit tests drive it with fake-indexeddb.

import type { DBSchema, IDBPDatabase, IDBPObjectStore } from "idb";
import { openDB } from "idb";
import type { Parcel } from "@/domain/parcel";

/** The database's name. */
export const OFFLINE_COPY_DB = "gpmb-offline-copy";

/**
 * The parcels kept: the MAX_TILES map tiles (parcel tiles of about 2.3 × 2.3 km) viewed last,
 * and never more than MAX_PARCELS parcels in all; the tile viewed longest ago goes first.
 */
export const MAX_TILES = 48;
export const MAX_PARCELS = 40_000;

/** An API answer or static file kept as it came (read back through the same parser). */
export interface KeptAnswer {
  readonly key: string;
  readonly data: unknown;
  /** When it was saved (ms since the epoch). */
  readonly saved_at: number;
}

/** A parcel tile's list of parcels. */
interface KeptTile {
  readonly id: string;
  readonly parcel_ids: readonly string[];
  readonly truncated: boolean;
  readonly saved_at: number;
  /** When it was last in view (the least recent is evicted first). */
  readonly viewed_at: number;
}

interface KeptParcel {
  readonly id: string;
  readonly parcel: Parcel;
  readonly saved_at: number;
}

interface CopySchema extends DBSchema {
  answers: { key: string; value: KeptAnswer };
  tiles: { key: string; value: KeptTile; indexes: { viewed_at: number } };
  parcels: { key: string; value: KeptParcel };
}

/** A parcel tile read back: its parcels as they were last saved. */
export interface KeptTileParcels {
  readonly parcels: readonly Parcel[];
  readonly truncated: boolean;
  /** The oldest saved_at of the tile and its parcels. */
  readonly saved_at: number;
}

/** The copy's operations (all async; a failed write rejects). */
export interface OfflineCopyStore {
  saveAnswer(key: string, data: unknown): Promise<void>;
  readAnswer(key: string): Promise<KeptAnswer | null>;
  /** Deletes the answers whose key starts with `prefix` (e.g. a signed-out user's access). */
  deleteAnswers(prefix: string): Promise<void>;
  /** Keeps a tile's parcels (replacing the tile's list), then evicts beyond the caps. */
  saveTile(tileId: string, parcels: readonly Parcel[], truncated: boolean): Promise<void>;
  readTile(tileId: string): Promise<KeptTileParcels | null>;
  /** Updates the kept parcels among these (newer states from the change feed or the officer's answers). */
  updateParcels(parcels: readonly Parcel[]): Promise<number>;
  /** The newest saved_at of anything kept, or null when the copy is empty. */
  newestSave(): Promise<number | null>;
  /** How many tiles and parcels are kept. */
  counts(): Promise<{ tiles: number; parcels: number }>;
  close(): void;
}

const STRICT = { durability: "strict" } as const;

/** Opens (creating if needed) the copy. `now` is the clock (tests pass their own). */
export async function openOfflineCopy(now: () => number = Date.now, name = OFFLINE_COPY_DB): Promise<OfflineCopyStore> {
  const db = await openDB<CopySchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore("answers", { keyPath: "key" });
      database.createObjectStore("tiles", { keyPath: "id" }).createIndex("viewed_at", "viewed_at");
      database.createObjectStore("parcels", { keyPath: "id" });
    },
  });
  return {
    async saveAnswer(key, data) {
      const tx = db.transaction("answers", "readwrite", STRICT);
      await Promise.all([tx.store.put({ key, data, saved_at: now() }), tx.done]);
    },
    async readAnswer(key) {
      return (await db.get("answers", key)) ?? null;
    },
    async deleteAnswers(prefix) {
      const tx = db.transaction("answers", "readwrite", STRICT);
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      await Promise.all([tx.store.delete(range), tx.done]);
    },
    saveTile: (tileId, parcels, truncated) => saveTile(db, now(), tileId, parcels, truncated),
    readTile: (tileId) => readTile(db, now(), tileId),
    updateParcels: (parcels) => updateParcels(db, now(), parcels),
    async newestSave() {
      const tx = db.transaction(["answers", "tiles"], "readonly");
      const [answers, tiles] = await Promise.all([tx.objectStore("answers").getAll(), tx.objectStore("tiles").getAll()]);
      const times = [...answers, ...tiles].map((r) => r.saved_at);
      return times.length > 0 ? Math.max(...times) : null;
    },
    async counts() {
      const [tiles, parcels] = await Promise.all([db.count("tiles"), db.count("parcels")]);
      return { tiles, parcels };
    },
    close: () => db.close(),
  };
}

async function saveTile(db: IDBPDatabase<CopySchema>, at: number, tileId: string, parcels: readonly Parcel[], truncated: boolean) {
  const tx = db.transaction(["tiles", "parcels"], "readwrite", STRICT);
  const tiles = tx.objectStore("tiles");
  const kept = tx.objectStore("parcels");
  const writes: Promise<unknown>[] = [tiles.put({ id: tileId, parcel_ids: parcels.map((p) => p.id), truncated, saved_at: at, viewed_at: at })];
  for (const parcel of parcels) writes.push(kept.put({ id: parcel.id, parcel, saved_at: at }));
  await Promise.all(writes);
  await evict(tiles, kept);
  await tx.done;
}

type TileTx = ("tiles" | "parcels")[];
type TilesStore = IDBPObjectStore<CopySchema, TileTx, "tiles", "readwrite">;
type ParcelsStore = IDBPObjectStore<CopySchema, TileTx, "parcels", "readwrite">;

/**
 * Drops the tiles viewed longest ago while more than MAX_TILES tiles or MAX_PARCELS parcels are
 * kept, then the parcels no kept tile lists (a parcel may lie in two tiles; a tile loaded again
 * may have lost some).
 */
async function evict(tiles: TilesStore, kept: ParcelsStore): Promise<void> {
  const all = await tiles.index("viewed_at").getAll(); // oldest view first
  const refs = new Map<string, number>();
  for (const tile of all) for (const id of tile.parcel_ids) refs.set(id, (refs.get(id) ?? 0) + 1);
  let left = all.length;
  for (const tile of all) {
    if (left <= MAX_TILES && refs.size <= MAX_PARCELS) break;
    if (left === 1) break; // the tile just saved stays, whatever its size
    await tiles.delete(tile.id);
    left--;
    for (const id of tile.parcel_ids) {
      const n = (refs.get(id) ?? 1) - 1;
      if (n > 0) refs.set(id, n);
      else refs.delete(id);
    }
  }
  const orphans = (await kept.getAllKeys()).filter((id) => !refs.has(id));
  await Promise.all(orphans.map((id) => kept.delete(id)));
}

async function readTile(db: IDBPDatabase<CopySchema>, at: number, tileId: string): Promise<KeptTileParcels | null> {
  const tx = db.transaction(["tiles", "parcels"], "readwrite", STRICT);
  const tile = await tx.objectStore("tiles").get(tileId);
  if (!tile) {
    await tx.done;
    return null;
  }
  const kept = tx.objectStore("parcels");
  const rows = await Promise.all(tile.parcel_ids.map((id) => kept.get(id)));
  // shown again: the last to be evicted
  await tx.objectStore("tiles").put({ ...tile, viewed_at: at });
  await tx.done;
  const parcels = rows.flatMap((r) => (r ? [r.parcel] : []));
  const saved_at = Math.min(tile.saved_at, ...rows.flatMap((r) => (r ? [r.saved_at] : [])));
  return { parcels, truncated: tile.truncated, saved_at };
}

async function updateParcels(db: IDBPDatabase<CopySchema>, at: number, parcels: readonly Parcel[]): Promise<number> {
  const tx = db.transaction("parcels", "readwrite", STRICT);
  let updated = 0;
  await Promise.all(parcels.map(async (parcel) => {
    const old = await tx.store.get(parcel.id);
    if (!old || old.parcel.version > parcel.version) return;
    updated++;
    // a state without its outline (an event's answer) keeps the outline already kept
    await tx.store.put({ id: parcel.id, parcel: { ...old.parcel, ...parcel, geometry: parcel.geometry ?? old.parcel.geometry }, saved_at: at });
  }));
  await tx.done;
  return updated;
}
