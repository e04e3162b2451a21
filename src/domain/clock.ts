// The time of day in Hưng Yên with seconds ("09:05:12"), for "updated at" stamps of live figures.

import { MISSING, TIME_ZONE } from "@/domain/format";

const clock = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

/** A moment as HH:mm:ss in the province's time zone (UTC+7), whatever the device's zone; "–" if invalid. */
export function formatClockTime(value: Date | number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const date = typeof value === "number" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return MISSING;
  return clock.format(date);
}

const calendar = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date "YYYY-MM-DD" it is in Hưng Yên at `value` (UTC+7, whatever the device's zone). */
export function calendarDateInProvince(value: Date | number): string {
  return calendar.format(typeof value === "number" ? new Date(value) : value);
}
