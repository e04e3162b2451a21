// How the parcel store merges what its sources say about a parcel (viewport load, parcel panel,
// search, change feed, answers of record_parcel_events) into one record. Pure.

import type { Parcel, ParcelReport } from "@/domain/parcel";
import { EVENT_FIELDS } from "@/domain/parcel";

type Field = Exclude<keyof Parcel, "id" | "version">;

const ALL_FIELDS: readonly Field[] = [
  "projectId", "adminUnitId", "areaM2", "stage", "blocked", "mapSheet", "parcelNo", "landType",
  "blockerReason", "blockerResponsible", "geometry",
];
const EVENT_FIELD_SET: ReadonlySet<Field> = new Set(EVENT_FIELDS);

/** A parcel that is not blocked has no blocker: a report saying `blocked: false` has loaded both blocker fields. */
function withKnownBlocker<T extends ParcelReport>(report: T): T {
  if (report.blocked !== false) return report;
  return { ...report, blockerReason: report.blockerReason ?? null, blockerResponsible: report.blockerResponsible ?? null };
}

/** A new parcel from a report, or undefined when the report lacks a field every parcel needs. */
function parcelOf(report: ParcelReport): Parcel | undefined {
  const { projectId, adminUnitId, areaM2 } = report;
  if (projectId === undefined || adminUnitId === undefined || areaM2 === undefined) return undefined;
  return { ...report, projectId, adminUnitId, areaM2 };
}

/**
 * The parcel after `report` arrives, given what was `known` (undefined: nothing). Returns `known`
 * itself when the report adds nothing, so callers can tell what changed.
 * - A higher version wins: its loaded fields replace the known ones. Fields it did not load are
 *   kept when no event can change them (labels, outline, project); the blocker's fields, which an
 *   event can change, become not loaded unless the report says the parcel is not blocked.
 * - At the same version, the fields the report loaded fill the fields not loaded; loaded ones stay.
 * - A lower version never overwrites anything.
 * A report of a parcel not known and without the fields every parcel has (an event's answer, say)
 * gives undefined: there is nothing to show.
 */
export function mergeParcel(known: Parcel | undefined, incoming: ParcelReport): Parcel | undefined {
  const report = withKnownBlocker(incoming);
  if (!known) return parcelOf(report);
  if (report.version < known.version) return known;
  if (report.version > known.version) {
    const next: Record<string, unknown> = { id: known.id, version: report.version };
    for (const field of ALL_FIELDS) {
      const value = report[field];
      if (value !== undefined) next[field] = value;
      else if (!EVENT_FIELD_SET.has(field) && known[field] !== undefined) next[field] = known[field];
    }
    return next as unknown as Parcel;
  }
  let filled: Record<string, unknown> | null = null;
  for (const field of ALL_FIELDS) {
    if (known[field] !== undefined || report[field] === undefined) continue;
    filled ??= { ...known };
    filled[field] = report[field];
  }
  return filled ? (filled as unknown as Parcel) : known;
}
