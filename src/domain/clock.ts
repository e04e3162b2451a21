// The clock in Hưng Yên: the time of day with seconds ("09:05:12") for "updated at" stamps of live
// figures, and the calendar day a moment falls on there.

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

const dayParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit",
});

/**
 * The calendar day a moment falls on in Hưng Yên, "YYYY-MM-DD" (the form of <input type="date">
 * and of a Postgres date), whatever the device's zone: 17:30 UTC is already the next day there.
 */
export function dayInVietnam(value: Date): string {
  const parts = dayParts.formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
