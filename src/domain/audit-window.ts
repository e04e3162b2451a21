// The audit's time windows as people type them: a date and time in Hưng Yên (UTC+7, no daylight
// saving), whatever time zone the browser is set to. <input type="datetime-local"> gives
// "YYYY-MM-DDTHH:mm" with no zone; the window sent to the server is the instants those name in
// Vietnam.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a "YYYY-MM-DDTHH:mm" names in Vietnam; null for anything else or an impossible date. */
export function parseVnLocal(text: string): Date | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Date.UTC rolls 31/02 over into March: such a date was never typed as meant
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc - VN_OFFSET_MS);
}

/** `value` as "YYYY-MM-DDTHH:mm" in Vietnam, for a datetime-local input. */
export function toVnLocal(value: Date): string {
  return new Date(value.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** `value` as "YYYY-MM-DD HH:mm:ss" in Vietnam, for files read by people and programs alike. */
export function vnDateTimeText(value: Date): string {
  return new Date(value.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** The start of `value`'s Vietnamese day. */
export function vnDayStart(value: Date): Date {
  const shifted = value.getTime() + VN_OFFSET_MS;
  return new Date(shifted - (shifted % 86_400_000) - VN_OFFSET_MS);
}

/** Why a window cannot be asked for, or null when it can: both ends, start first, at most `maxDays` days. */
export type WindowProblem = "missing" | "order" | "tooLong";

export function windowProblem(from: Date | null, to: Date | null, maxDays: number): WindowProblem | null {
  if (!from || !to) return "missing";
  if (from.getTime() >= to.getTime()) return "order";
  if (to.getTime() - from.getTime() > maxDays * 86_400_000) return "tooLong";
  return null;
}

/** The longest window audit_user and revert_user_changes take, in days (as the SQL checks). */
export const AUDIT_WINDOW_DAYS = 92;
export const REVERT_WINDOW_DAYS = 31;
