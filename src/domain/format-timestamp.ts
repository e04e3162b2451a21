// A moment as date then time in Hưng Yên, for histories: vi "14/09/2023 15:33",
// en "14 Sep 2023 15:33". (format.ts's formatDateTime puts the time first, for "as of" notes.)

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
