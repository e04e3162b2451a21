// The secret this device signs its "Xuất thay đổi chưa gửi" files with, one per (user, device)
// (outbox_device_key). It is fetched while the user is signed in and online and kept here, so a
// device that later cannot reach the server still exports a file an administrator can import:
// the signature proves the file came from this officer's device unchanged.

import { deviceId } from "@/data/device-id";
import { supabase } from "@/data/supabase-client";

const PREFIX = "gpmb.deviceKey.";
const HEX_KEY = /^[0-9a-f]{64}$/;
/** Users whose key is being fetched now: one request each, however many auth events arrive. */
const fetching = new Set<string>();

function storageKey(userId: string): string {
  return `${PREFIX}${userId}.${deviceId()}`;
}

/** The key kept for this user on this device (64 lowercase hex characters), or null. */
export function deviceKeyFor(userId: string): string | null {
  try {
    const key = localStorage.getItem(storageKey(userId));
    return key !== null && HEX_KEY.test(key) ? key : null;
  } catch {
    return null; // storage blocked: no key was kept either
  }
}

/**
 * Fetches and keeps this user's key unless it is kept already. Best effort and silent: offline,
 * a server without the function or a refused request just leave the key missing until the next
 * sign-in or reconnection, and the export says it is unsigned.
 */
export async function ensureDeviceKey(userId: string): Promise<void> {
  if (deviceKeyFor(userId) !== null || fetching.has(userId)) return;
  if (typeof navigator !== "undefined" && navigator.onLine === false) return;
  fetching.add(userId);
  try {
    const client = await supabase();
    const response = await client.rpc("outbox_device_key", { p_device_id: deviceId() });
    const data: unknown = response.data; // untyped rpc
    if (response.error || typeof data !== "string") return;
    const key = data.toLowerCase();
    if (HEX_KEY.test(key)) localStorage.setItem(storageKey(userId), key);
  } catch {
    // no backend, network failure or storage refused: tried again on the next occasion
  } finally {
    fetching.delete(userId);
  }
}

let signedIn: string | null = null;
let listening = false;

/** Tells the key keeper who is signed in now (null: nobody); fetches their key when it can. */
export function deviceKeyUserChanged(userId: string | null): void {
  signedIn = userId;
  if (!listening && typeof window !== "undefined") {
    listening = true;
    // signed in offline: the key comes once the network does
    window.addEventListener("online", () => {
      if (signedIn) void ensureDeviceKey(signedIn);
    });
  }
  // after the auth callback returns: supabase-js holds its auth lock while it runs the callbacks,
  // and a request made inside one would wait for that lock
  if (userId) setTimeout(() => void ensureDeviceKey(userId), 0);
}
