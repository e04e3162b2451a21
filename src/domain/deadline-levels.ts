// The legal-deadline flags as the map and the parcel panel show them: a parcel's facts taken
// from its timeline row, the worst level of each parcel for the map's layer, and how a flag's
// timing reads (short of a lead time, late, overdue, days left). The rules themselves are in
// src/domain/deadline-rules.ts.

import type { DeadlineFacts, DeadlineFlag, FlagLevel } from "@/domain/deadline-rules";
import { deadlineFlags, deadlineRule, worstFlag } from "@/domain/deadline-rules";
import type { ParcelTimelineRow } from "@/domain/meeting-types";

/** The part of a timeline row the rules read. */
export type TimelineFacts = Pick<ParcelTimelineRow, "landType" | "stage" | "acts">;

/** What the rules judge a timeline row by. */
export function factsOfTimeline(row: TimelineFacts): DeadlineFacts {
  return { landType: row.landType, stage: row.stage, acts: row.acts };
}

/** Every flag of a timeline row on `day` (the day the row's states are of). */
export function timelineFlags(row: TimelineFacts, day: string): DeadlineFlag[] {
  return deadlineFlags(factsOfTimeline(row), day);
}

/** The worst flag of each flagged parcel among `rows` on `day`; unflagged parcels are left out. */
export function deadlineLevels(rows: Iterable<TimelineFacts & { readonly id: string }>, day: string): Map<string, FlagLevel> {
  const levels = new Map<string, FlagLevel>();
  for (const row of rows) {
    const level = worstFlag(timelineFlags(row, day));
    if (level) levels.set(row.id, level);
  }
  return levels;
}

/**
 * How a flag's timing reads:
 *   short    the later act came `days` before the lead time allowed (or the posting was `days` short);
 *   late     the act came `days` after its deadline;
 *   overdue  the deadline passed `days` ago and the act has not come;
 *   left     `days` remain to the deadline (0: today is its last day).
 * `limit` says whether the flag's limit day is the earliest lawful day or the last one.
 */
export interface FlagTiming {
  readonly delay: "short" | "late" | "overdue" | "left";
  readonly days: number;
  readonly limit: "earliest" | "last";
}

/** The timing of `flag`, by its rule's kind. */
export function flagTiming(flag: DeadlineFlag): FlagTiming {
  const kind = deadlineRule(flag.ruleId).kind;
  if (kind === "lead" || kind === "lasting") return { delay: "short", days: flag.days, limit: "earliest" };
  if (flag.level === "amber") return { delay: "left", days: flag.days, limit: "last" };
  return { delay: flag.actDay ? "late" : "overdue", days: flag.days, limit: "last" };
}
