// The day the meeting pages and the printed report show their figures as of: "?d=YYYY-MM-DD" in
// their address (the map's own day is its "d" too: src/state/url-state.ts), today's live figures
// when absent. A day the app would not offer (malformed, in the future, before 2000) is ignored,
// as a link to the map ignores it.

import { useSearch } from "wouter";
import { linkedAsOfDay } from "@/domain/as-of-day";
import { dayInVietnam } from "@/domain/clock";

/** The query parameter holding the day. */
export const REPORT_DAY_PARAM = "d";

/** The day named by the query string `search`, or null for today. */
export function reportDayOf(search: string, today: string): string | null {
  return linkedAsOfDay(new URLSearchParams(search).get(REPORT_DAY_PARAM), today);
}

/** `search` with its day set to `day` (removed for null), the other parameters kept. */
export function withReportDay(search: string, day: string | null): string {
  const params = new URLSearchParams(search);
  if (day) params.set(REPORT_DAY_PARAM, day);
  else params.delete(REPORT_DAY_PARAM);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The day of the page's address, or null for today. */
export function useReportDay(): string | null {
  return reportDayOf(useSearch(), dayInVietnam(new Date()));
}
