import { beforeEach, describe, expect, it, vi } from "vitest";

const rpc = vi.fn<(name: string, args: { p_device_id: string }) => Promise<unknown>>();
vi.mock("@/data/supabase-client", () => ({ supabase: () => Promise.resolve({ rpc }) }));

// node has no localStorage: a Map-backed one, enough for the key keeper and the device id
const stored = new Map<string, string>();
vi.stubGlobal("localStorage", {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
});

const { deviceKeyFor, ensureDeviceKey } = await import("@/data/outbox/device-key");
const { deviceId } = await import("@/data/device-id");

const KEY = "ab".repeat(32);

beforeEach(() => {
  rpc.mockReset();
  for (const k of [...stored.keys()]) if (k.startsWith("gpmb.deviceKey.")) stored.delete(k);
});

describe("the device signing key", () => {
  it("is fetched for this device once and kept per user", async () => {
    rpc.mockResolvedValue({ data: KEY.toUpperCase(), error: null });
    expect(deviceKeyFor("u1")).toBeNull();
    await ensureDeviceKey("u1");
    await ensureDeviceKey("u1");
    expect(rpc).toHaveBeenCalledTimes(1);
    expect(rpc).toHaveBeenCalledWith("outbox_device_key", { p_device_id: deviceId() });
    expect(deviceKeyFor("u1")).toBe(KEY);
    expect(deviceKeyFor("u2")).toBeNull();
  });

  it("stays missing, silently, when the server refuses or answers something else", async () => {
    rpc.mockResolvedValueOnce({ data: null, error: { message: "denied", code: "42501" } });
    await ensureDeviceKey("u1");
    rpc.mockResolvedValueOnce({ data: "not a key", error: null });
    await ensureDeviceKey("u1");
    rpc.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    await ensureDeviceKey("u1");
    expect(deviceKeyFor("u1")).toBeNull();
  });
});
