// The day the progress figures are shown as of: a leader asks "where did we stand at the end of
// 2024?". The figures are those at the end of that calendar day in Hưng Yên. Days are
// "YYYY-MM-DD" (the form of <input type="date"> and of a Postgres date); "today" is passed in
// (src/domain/clock.ts's dayInVietnam gives it), so everything here stays pure. The rules of a
// day are the officer's act-date rules: the history that figures are rebuilt from starts in
// 2000 (record_parcel_events refuses earlier acts) and ends today.

import type { ActDateError } from "@/domain/act-date";
import { EARLIEST_ACT_DAY, isCalendarDay, validateActDate } from "@/domain/act-date";

/** Why a day cannot be shown; the UI turns the code into a message. */
export type AsOfDayError = ActDateError;

/** The earliest day figures can be shown as of: no event is dated before it. */
export const EARLIEST_AS_OF_DAY = EARLIEST_ACT_DAY;

/**
 * What is wrong with `value` as the day to show figures as of, or null when it may be shown:
 * a real day from 2000 up to `today` (no figures exist yet for a day to come). An empty value is
 * what a date input gives while nothing (or half a date) is in it.
 */
export function validateAsOfDay(value: string, today: string): AsOfDayError | null {
  return validateActDate(value, today);
}

/**
 * The day a link asks for (`?d=`), or null when it is not one that can be shown: not a real day,
 * before 2000, after `today`, or today itself (today's figures are the live ones, which need no
 * parameter).
 */
export function linkedAsOfDay(value: string | null, today: string): string | null {
  if (value === null || value !== value.trim()) return null;
  if (validateAsOfDay(value, today) !== null) return null;
  return value === today ? null : value;
}

/**
 * The instant to pass as progress_as_of's p_at for the end of `day` in Hưng Yên (UTC+7 all year,
 * no daylight saving). progress_as_of counts events with occurred_at <= p_at, so this is the
 * last instant of the day, not the next day's 00:00 (an event at the stroke of midnight belongs
 * to the next day). Postgres keeps timestamptz to the microsecond: ".999999" leaves no event of
 * the day out, where JavaScript's ".999" would miss one in its last millisecond.
 */
export function asOfInstant(day: string): string {
  if (!isCalendarDay(day)) throw new RangeError(`not a day: "${day}"`);
  return `${day}T23:59:59.999999+07:00`;
}
