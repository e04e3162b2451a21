// Progress maths shared by the summary tables, the map legend and reports.

/** Figures of one row of the progress summary (a province, project kind, project or area). */
export interface ProgressFigures {
  /** Legal recovered area of all parcels, m². */
  readonly totalAreaM2: number;
  /** Area of parcels handed over (cleared), m². */
  readonly clearedAreaM2: number;
  readonly parcels: number;
  readonly clearedParcels: number;
  readonly blockedParcels: number;
}

/** The share of area cleared, 0..1; null when there is nothing to clear (no parcels yet). */
export function clearedShare(figures: Pick<ProgressFigures, "totalAreaM2" | "clearedAreaM2">): number | null {
  if (!(figures.totalAreaM2 > 0)) return null;
  return Math.min(1, Math.max(0, figures.clearedAreaM2 / figures.totalAreaM2));
}

/** Where a value stands against a target range. */
export type RangeStatus = "below" | "within" | "above";

/** A target range; a missing bound means "at least min" or "at most max". */
export interface TargetRange {
  readonly min: number | null;
  readonly max: number | null;
}

// Shares computed from sums of numerics (e.g. 0.9999999999) must still meet "≥ 100 %".
const EPSILON = 1e-9;

/** Compares `value` to a range: below min, above max, or within (bounds included). */
export function compareToRange(value: number, range: TargetRange): RangeStatus {
  const tolerance = (bound: number) => EPSILON * Math.max(1, Math.abs(bound));
  if (range.min !== null && value < range.min - tolerance(range.min)) return "below";
  if (range.max !== null && value > range.max + tolerance(range.max)) return "above";
  return "within";
}

/** Adds up rows of figures, e.g. to check that the rows of a table sum to the province total. */
export function sumFigures(rows: readonly ProgressFigures[]): ProgressFigures {
  return rows.reduce<ProgressFigures>(
    (sum, row) => ({
      totalAreaM2: sum.totalAreaM2 + row.totalAreaM2,
      clearedAreaM2: sum.clearedAreaM2 + row.clearedAreaM2,
      parcels: sum.parcels + row.parcels,
      clearedParcels: sum.clearedParcels + row.clearedParcels,
      blockedParcels: sum.blockedParcels + row.blockedParcels,
    }),
    { totalAreaM2: 0, clearedAreaM2: 0, parcels: 0, clearedParcels: 0, blockedParcels: 0 },
  );
}
