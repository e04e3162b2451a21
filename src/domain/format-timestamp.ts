// A moment as date then time in Hưng Yên, for histories: vi "14/09/2023 15:33",
// en "14 Sep 2023 15:33". (format.ts's formatDateTime puts the time first, for "as of" notes.)
// And the dates a parcel history shows for an event: the act's (occurred_at, the main one) and,
// when it was entered more than a day apart from the act, when it was recorded (recorded_at).

import { formatClockTime } from "@/domain/clock";
import { formatDate, MISSING, TIME_ZONE } from "@/domain/format";
import type { Lang } from "@/domain/lang";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** Date and 24-hour time in the province's time zone (UTC+7); an en dash when missing. */
export function formatTimestamp(value: Date | null | undefined, lang: Lang): string {
  if (!value || Number.isNaN(value.getTime())) return MISSING;
  return `${formatDate(value, lang)} ${timeFormat.format(value)}`;
}

/** An event recorded more than this before or after its act shows when it was recorded. */
export const RECORDED_APART_MS = 24 * 60 * 60 * 1000;

/** True when an event was recorded more than a day away from the act it records (backdated, imported). */
export function recordedApart(occurredAt: Date, recordedAt: Date): boolean {
  return Math.abs(recordedAt.getTime() - occurredAt.getTime()) > RECORDED_APART_MS;
}

/**
 * True for an act dated by its day alone: the officer's dialog sends a past day as its last
 * second in Hưng Yên (src/domain/act-date.ts), a time nobody worked at, so it is not shown.
 */
export function isDayDated(occurredAt: Date): boolean {
  return occurredAt.getUTCMilliseconds() === 0 && formatClockTime(occurredAt) === "23:59:59";
}

/** How the history dates an event: the act (the main date), and when it was recorded if that matters. */
export interface EventDates {
  /** The act: date and time, or the date alone when it was dated by day or recorded apart. */
  readonly act: string;
  /** True when `act` is a date alone. */
  readonly dayOnly: boolean;
  /** When it was recorded (date and time), only when that is more than a day from the act. */
  readonly recorded: string | null;
}

/**
 * The dates the parcel history shows for an event: vi { act: "24/11/2026", dayOnly: true,
 * recorded: "01/12/2026 09:15" } for an act entered a week late; { act: "01/12/2026 09:15",
 * dayOnly: false, recorded: null } for one recorded as it happened.
 */
export function eventDates(occurredAt: Date, recordedAt: Date, lang: Lang): EventDates {
  const apart = recordedApart(occurredAt, recordedAt);
  const dayOnly = apart || isDayDated(occurredAt);
  return {
    act: dayOnly ? formatDate(occurredAt, lang) : formatTimestamp(occurredAt, lang),
    dayOnly,
    recorded: apart ? formatTimestamp(recordedAt, lang) : null,
  };
}
