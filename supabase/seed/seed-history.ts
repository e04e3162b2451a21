// The dates of each parcel's history. seed.sql computes the same formulas set-wise in SQL (see
// seed-sql.ts); the TypeScript copy here lets the unit test check the ordering and the date range.

import type { SeedParcel } from "./seed-parcels";
import { HANDED_OVER, STAGES, type StageId } from "./seed-vocabulary";

/** Days from a project's first dialogue meeting to each stage step 1..7 (index 0 = step 1), within
 * the deadlines of src/domain/deadline-rules.ts for agricultural land, each parcel's few days of
 * jitter included: the notice at least 90 days before the recovery decision, the decision within
 * 10 days of the plan's approval, payment within 30 days of it (Art. 94(3)(a): the 2024 law runs
 * the clock from the approval, not from the decision). Residential land, which needs 180 days of
 * notice, gets the same steps, so the demo shows that rule broken. */
export const STEP_DAYS = [0, 21, 66, 141, 146, 166, 208] as const;
/** No event is dated after this day. */
export const LAST_DAY = "2024-11-30";
/** At most this many days between the first and last parcels of a project reaching a step. */
const MAX_SPREAD = 150;
/** A blocker is recorded 7..36 days after the parcel's last step. */
const BLOCK_DELAY_MAX = 36;

/** When a project's clearance steps happen. */
export interface Schedule {
  /** First dialogue meeting, YYYY-MM-DD. */
  start: string;
  /** Parcels reach a step up to `spread` days after the project's date for it. */
  spread: number;
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The schedule of a project whose most advanced parcel is at `maxStage`. */
export function makeSchedule(start: string, maxStage: number): Schedule {
  if (maxStage === 0) return { start, spread: 0 };
  const room = dayNumber(LAST_DAY) - dayNumber(start) - STEP_DAYS[maxStage - 1]! - 3 - BLOCK_DELAY_MAX;
  if (room < 10) throw new Error(`schedule starting ${start} cannot reach stage ${maxStage} by ${LAST_DAY}`);
  return { start, spread: Math.min(MAX_SPREAD, room) };
}

/** One recorded event of a parcel's history. */
export interface SeedEvent {
  /** 1-based position in the parcel's history; the parcel's version after it is step + 1. */
  step: number;
  from: StageId;
  to: StageId;
  blocked: boolean;
  /** ISO timestamp (UTC). */
  occurredAt: string;
}

/** The parcel's history: one event per stage step from not_started, then its blocker if any.
 * Mirrors the SQL in seed-sql.ts. */
export function parcelEvents(p: SeedParcel, s: Schedule): SeedEvent[] {
  const offset = (p.parcelNo * 37 + p.mapSheet * 53) % (s.spread + 1);
  const at = (day: number, step: number) => {
    const hours = 1 + ((p.parcelNo + step) % 8);
    const mins = (p.parcelNo * 7 + step * 11) % 60;
    return `${isoDay(day)}T${String(hours).padStart(2, "0")}:${String(mins).padStart(2, "0")}:00Z`;
  };
  const stepDay = (step: number) => dayNumber(s.start) + STEP_DAYS[step - 1]! + offset + ((p.parcelNo + 3 * step) % 4);
  const events: SeedEvent[] = [];
  for (let step = 1; step <= p.stage; step++) {
    events.push({ step, from: STAGES[step - 1]!, to: STAGES[step]!, blocked: false, occurredAt: at(stepDay(step), step) });
  }
  if (p.blocker !== null) {
    const step = p.stage + 1;
    const day = stepDay(p.stage) + 7 + ((p.parcelNo * 13) % 30);
    events.push({ step, from: STAGES[p.stage]!, to: STAGES[p.stage]!, blocked: true, occurredAt: at(day, step) });
  }
  return events;
}

/** Days from a parcel's handover until infrastructure on it is reported built. */
const BUILD_LAG_DAYS = 60;

/** The quarter ends up to LAST_DAY, then LAST_DAY itself: the dates infrastructure is reported on. */
function reportDays(): string[] {
  const days: string[] = [];
  for (const year of [2023, 2024]) {
    for (const end of ["03-31", "06-30", "09-30", "12-31"]) {
      const day = `${year}-${end}`;
      if (day < LAST_DAY) days.push(day);
    }
  }
  return [...days, LAST_DAY];
}

/**
 * A project's infrastructure reports: on each report day, `share` of the area handed over at least
 * BUILD_LAG_DAYS earlier (whole m²), listed only when the figure moved.
 */
export function infrastructureReports(parcels: readonly SeedParcel[], s: Schedule, share: number):
  { asOf: string; builtM2: number }[] {
  if (share <= 0) return [];
  const handovers = parcels.flatMap((p) => {
    if (p.stage < HANDED_OVER) return [];
    const event = parcelEvents(p, s).find((e) => e.to === STAGES[HANDED_OVER]);
    return event ? [{ day: dayNumber(event.occurredAt.slice(0, 10)), areaM2: p.areaTenths / 10 }] : [];
  });
  const reports: { asOf: string; builtM2: number }[] = [];
  for (const asOf of reportDays()) {
    const cutoff = dayNumber(asOf) - BUILD_LAG_DAYS;
    const handed = handovers.filter((h) => h.day <= cutoff).reduce((sum, h) => sum + h.areaM2, 0);
    const builtM2 = Math.round(handed * share);
    if (builtM2 > 0 && builtM2 !== reports.at(-1)?.builtM2) reports.push({ asOf, builtM2 });
  }
  return reports;
}
