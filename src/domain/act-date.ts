// The day of the legal act an officer records: a notice posted last week is recorded with last
// week's date (parcel_events.occurred_at), however late it is entered. These are the rules the
// dialog checks before sending, and how the day becomes an event's occurred_at. Days are
// calendar dates in Hưng Yên written "YYYY-MM-DD" (the form of <input type="date">); "today" is
// passed in (src/domain/clock.ts's dayInVietnam gives it), so everything here stays pure.

/** Why a day cannot date an act; the UI turns the code into a message. */
export type ActDateError = "date_required" | "date_invalid" | "date_future" | "date_too_early";

/** The earliest day an act may have: record_parcel_events refuses occurred_at before 2000. */
export const EARLIEST_ACT_DAY = "2000-01-01";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The moment "YYYY-MM-DD" begins in UTC, ms (an impossible day rolls over: 2026-04-31 is 1 May). */
function utcMidnight(value: string): number {
  const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return date.getTime();
}

/** True when `value` is "YYYY-MM-DD" naming a day that exists (no 31/04, no 29/02/2025). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(utcMidnight(value));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() + 1 === Number(match[2]) &&
    date.getUTCDate() === Number(match[3]);
}

/**
 * What is wrong with `value` as the day of an act done by `today`, or null when it may be sent:
 * it must be a real day, not after today (an act not yet done cannot be recorded) and not
 * before 2000. An empty value is what a date input gives while nothing (or half a date) is in it.
 */
export function validateActDate(value: string, today: string): ActDateError | null {
  const day = value.trim();
  if (day === "") return "date_required";
  if (!isCalendarDay(day)) return "date_invalid";
  // "YYYY-MM-DD" strings of 4-digit years sort as the days do
  if (day > today) return "date_future";
  if (day < EARLIEST_ACT_DAY) return "date_too_early";
  return null;
}

/**
 * The occurred_at to send for an act on `day`: none when it is today (the server stamps now(),
 * the true moment), else the last second of that day in Hưng Yên, so that a backdated act sorts
 * after anything recorded live earlier that same day. Validate first: a day validateActDate
 * refuses throws here rather than reach the server.
 */
export function actOccurredAt(day: string | undefined, today: string): string | undefined {
  if (day === undefined || day === today) return undefined;
  const problem = validateActDate(day, today);
  if (problem) throw new RangeError(`cannot date an act on "${day}" (${problem})`);
  return `${day}T23:59:59+07:00`;
}

/**
 * How many days `day` is before `today` (0 for today, 1 for yesterday, negative for a day to
 * come); null unless both are real days. For "24/11/2026 — 3 ngày trước" beside the date input,
 * whose own display follows the browser's language (mm/dd/yyyy in an English-language Chrome).
 */
export function daysBefore(day: string, today: string): number | null {
  if (!isCalendarDay(day) || !isCalendarDay(today)) return null;
  return Math.round((utcMidnight(today) - utcMidnight(day)) / 86_400_000);
}

/** The day `days` after `day` ("YYYY-MM-DD"; negative counts back). Throws for a day that is not real. */
export function addDays(day: string, days: number): string {
  if (!isCalendarDay(day)) throw new RangeError(`not a day: "${day}"`);
  return new Date(utcMidnight(day) + days * 86_400_000).toISOString().slice(0, 10);
}
