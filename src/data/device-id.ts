// This device's id: a random uuid kept in localStorage, sent with every parcel event so the audit
// can tell which phone or computer a change came from (it names the browser profile, not a person).

import { newEventId } from "@/domain/parcel-actions";

const KEY = "gpmb.deviceId";
let cached: string | null = null;

/** The device id, made on first use. */
export function deviceId(): string {
  if (cached) return cached;
  try {
    cached = localStorage.getItem(KEY);
    if (!cached) {
      cached = newEventId();
      localStorage.setItem(KEY, cached);
    }
  } catch {
    // storage refused (private mode): one id for this page's life
    cached ??= newEventId();
  }
  return cached;
}
