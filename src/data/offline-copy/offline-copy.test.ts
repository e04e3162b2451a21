import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiError as ApiErrorClass } from "@/data/api-error";

// one module instance per test: the copy's status and open database are module state
async function fresh() {
  vi.resetModules();
  const { IDBFactory } = await import("fake-indexeddb");
  globalThis.indexedDB = new IDBFactory();
  ({ ApiError } = await import("@/data/api-error")); // the class the fresh modules check against
  return import("@/data/offline-copy/offline-copy");
}

let ApiError: typeof ApiErrorClass;

const networkDown = () => new ApiError("projects", { message: "TypeError: Failed to fetch" }, 0);
const refused = () => new ApiError("projects", { message: "permission denied", code: "42501" }, 401);

function setOnline(online: boolean) {
  vi.stubGlobal("navigator", { onLine: online });
}

afterEach(() => vi.unstubAllGlobals());

describe("withOfflineCopy", () => {
  it("saves each answer and gives it back when the server cannot be reached, marking it shown", async () => {
    setOnline(true);
    const copy = await fresh();
    await expect(copy.withOfflineCopy("projects", () => Promise.resolve([{ id: "p1" }]))).resolves.toEqual([{ id: "p1" }]);
    await vi.waitFor(() => expect(copy.getOfflineCopyStatus().hasCopy).toBe(true));
    expect(copy.getOfflineCopyStatus().shownSavedAt).toBeNull();
    await expect(copy.withOfflineCopy("projects", () => Promise.reject(networkDown()))).resolves.toEqual([{ id: "p1" }]);
    expect(copy.getOfflineCopyStatus().shownSavedAt).toEqual(expect.any(Number));
  });

  it("does not answer a refusal or a cancelled request from the copy, nor a key never saved", async () => {
    setOnline(true);
    const copy = await fresh();
    await copy.withOfflineCopy("projects", () => Promise.resolve([]));
    await vi.waitFor(() => expect(copy.getOfflineCopyStatus().hasCopy).toBe(true));
    await expect(copy.withOfflineCopy("projects", () => Promise.reject(refused()))).rejects.toThrow(/permission denied/);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(copy.withOfflineCopy("projects", () => Promise.reject(networkDown()), cancelled.signal)).rejects.toThrow(/Failed to fetch/);
    await expect(copy.withOfflineCopy("app-info", () => Promise.reject(networkDown()))).rejects.toThrow(/Failed to fetch/);
  });

  it("offline, reads the copy without asking the network; with no copy it still asks", async () => {
    setOnline(true);
    const copy = await fresh();
    await copy.withOfflineCopy("projects", () => Promise.resolve(["kept"]));
    await vi.waitFor(() => expect(copy.getOfflineCopyStatus().hasCopy).toBe(true));
    setOnline(false);
    const request = vi.fn(() => Promise.resolve(["live"]));
    await expect(copy.withOfflineCopy("projects", request)).resolves.toEqual(["kept"]);
    expect(request).not.toHaveBeenCalled();
    await expect(copy.withOfflineCopy("app-info", request)).resolves.toEqual(["live"]);
  });

  it("keeps a tile's parcels and reads them back when the network fails", async () => {
    setOnline(true);
    const copy = await fresh();
    const parcel = { id: "a", projectId: "p", adminUnitId: "326", areaM2: 1, stage: "notice" as const, blocked: false, version: 2 };
    await copy.withKeptTile("14/1/2", () => Promise.resolve({ parcels: [parcel], truncated: false }));
    await vi.waitFor(() => expect(copy.getOfflineCopyStatus().hasCopy).toBe(true));
    const back = await copy.withKeptTile("14/1/2", () => Promise.reject(new TypeError("Failed to fetch")));
    expect(back.parcels).toEqual([parcel]);
  });
});
