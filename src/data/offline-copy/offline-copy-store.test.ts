import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Parcel } from "@/domain/parcel";
import type { OfflineCopyStore } from "@/data/offline-copy/offline-copy-store";
import { MAX_PARCELS, MAX_TILES, openOfflineCopy } from "@/data/offline-copy/offline-copy-store";

const square = { type: "Polygon" as const, coordinates: [[[106, 20.9], [106.001, 20.9], [106.001, 20.901], [106, 20.9]]] };

function parcel(id: string, version = 1, extra: Partial<Parcel> = {}): Parcel {
  return { id, projectId: "p1", adminUnitId: "326", areaM2: 100, stage: "notice", blocked: false, version, geometry: square, ...extra };
}

let time = 1_000;
const clock = () => time;
let copy: OfflineCopyStore;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser profile per test
  time = 1_000;
  copy = await openOfflineCopy(clock);
});
afterEach(() => copy.close());

describe("the offline copy's answers", () => {
  it("keeps an answer with its saved_at and reads it back after the database is reopened", async () => {
    await copy.saveAnswer("projects", [{ id: "p1", name: "Vành đai 4" }]);
    copy.close();
    copy = await openOfflineCopy(clock);
    await expect(copy.readAnswer("projects")).resolves.toEqual({ key: "projects", data: [{ id: "p1", name: "Vành đai 4" }], saved_at: 1_000 });
    await expect(copy.readAnswer("app-info")).resolves.toBeNull();
  });

  it("replaces an answer with the newer one, and deletes answers by prefix", async () => {
    await copy.saveAnswer("access:u1", { roles: ["officer"] });
    await copy.saveAnswer("access:u2", { roles: [] });
    await copy.saveAnswer("projects", []);
    time = 2_000;
    await copy.saveAnswer("access:u1", { roles: ["leader"] });
    expect((await copy.readAnswer("access:u1"))?.saved_at).toBe(2_000);
    await copy.deleteAnswers("access:");
    await expect(copy.readAnswer("access:u1")).resolves.toBeNull();
    await expect(copy.readAnswer("access:u2")).resolves.toBeNull();
    await expect(copy.readAnswer("projects")).resolves.not.toBeNull();
  });

  it("says when the newest save was, or null while empty", async () => {
    await expect(copy.newestSave()).resolves.toBeNull();
    await copy.saveAnswer("projects", []);
    time = 5_000;
    await copy.saveTile("14/1/1", [parcel("a")], false);
    await expect(copy.newestSave()).resolves.toBe(5_000);
  });
});

describe("the offline copy's parcel tiles", () => {
  it("reads a tile back with its parcels, outlines included", async () => {
    await copy.saveTile("14/1/1", [parcel("a"), parcel("b", 3, { stage: "compensated" })], true);
    const tile = await copy.readTile("14/1/1");
    expect(tile?.truncated).toBe(true);
    expect(tile?.saved_at).toBe(1_000);
    expect(tile?.parcels.map((p) => [p.id, p.version, p.stage])).toEqual([["a", 1, "notice"], ["b", 3, "compensated"]]);
    expect(tile?.parcels[0]?.geometry).toEqual(square);
    await expect(copy.readTile("14/9/9")).resolves.toBeNull();
  });

  it("updates kept parcels to newer versions only, keeping their outline, and ignores parcels it does not keep", async () => {
    await copy.saveTile("14/1/1", [parcel("a", 2)], false);
    time = 3_000;
    const { geometry: _, ...withoutOutline } = parcel("a", 3, { stage: "compensated" });
    await expect(copy.updateParcels([withoutOutline, parcel("a", 1), parcel("elsewhere", 9)])).resolves.toBe(1);
    const tile = await copy.readTile("14/1/1");
    expect(tile?.parcels).toEqual([parcel("a", 3, { stage: "compensated" })]);
    expect(tile?.saved_at).toBe(1_000); // the tile's own list is as old as it was
    expect(await copy.counts()).toEqual({ tiles: 1, parcels: 1 });
  });

  it("keeps only the tiles viewed last, and a parcel as long as one kept tile lists it", async () => {
    for (let i = 0; i < MAX_TILES; i++) {
      time = 10_000 + i;
      await copy.saveTile(`14/${i}/0`, [parcel(`p${i}`), parcel("shared")], false);
    }
    expect(await copy.counts()).toEqual({ tiles: MAX_TILES, parcels: MAX_TILES + 1 });
    time = 20_000;
    await copy.readTile("14/0/0"); // viewed again: now the most recent
    time = 20_001;
    await copy.saveTile("14/new/0", [parcel("fresh")], false);
    expect(await copy.counts()).toEqual({ tiles: MAX_TILES, parcels: MAX_TILES + 1 });
    await expect(copy.readTile("14/1/0")).resolves.toBeNull(); // the least recently viewed went
    expect((await copy.readTile("14/0/0"))?.parcels.map((p) => p.id)).toEqual(["p0", "shared"]);
    expect((await copy.readTile("14/2/0"))?.parcels.map((p) => p.id)).toEqual(["p2", "shared"]);
  });

  it("keeps no more than MAX_PARCELS parcels, but always the tile just saved", async () => {
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => parcel(`${prefix}${i}`));
    await copy.saveTile("14/a/0", many("a", MAX_PARCELS / 2), false);
    time = 2_000;
    await copy.saveTile("14/b/0", many("b", MAX_PARCELS / 2), false);
    time = 3_000;
    await copy.saveTile("14/c/0", many("c", 10), false);
    expect(await copy.counts()).toEqual({ tiles: 2, parcels: MAX_PARCELS / 2 + 10 });
    await expect(copy.readTile("14/a/0")).resolves.toBeNull();
    time = 4_000;
    await copy.saveTile("14/huge/0", many("h", MAX_PARCELS + 1), false);
    expect(await copy.counts()).toEqual({ tiles: 1, parcels: MAX_PARCELS + 1 });
  }, 60_000);

  it("drops the parcels a tile no longer lists when it is loaded again", async () => {
    await copy.saveTile("14/1/1", [parcel("a"), parcel("b")], false);
    time = 2_000;
    await copy.saveTile("14/1/1", [parcel("a", 2)], false);
    expect(await copy.counts()).toEqual({ tiles: 1, parcels: 1 });
  });
});
