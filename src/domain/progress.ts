// Progress maths shared by the summary tables, the province totals and the map: how much of the
// land is cleared, measured against the legal area to clear where a row has one.

/** Figures of one row of the progress summary (a province, project kind, project or area). */
export interface ProgressFigures {
  /** Legal recovered area of the parcels entered so far, m². */
  readonly totalAreaM2: number;
  /** Area of parcels handed over (cleared), m². */
  readonly clearedAreaM2: number;
  readonly parcels: number;
  readonly clearedParcels: number;
  readonly blockedParcels: number;
  /**
   * The legal area to clear of the row's projects (projects.area_to_clear_m2 summed), m²;
   * null for an admin unit, which has no such figure (a project's legal area is not split by
   * commune or district).
   */
  readonly areaToClearM2: number | null;
}

/**
 * What a cleared share is measured against: the legal area to clear (projects, kinds, the
 * province), or the area of the parcels entered (admin units, and projects without a legal area).
 */
export type ShareBasis = "area_to_clear" | "entered";

/** Entered parcels covering at least this share of the legal area count as all entered. */
export const COMPLETE_ENTRY = 0.995;

/** A row's cleared share and what it is measured against. */
export interface ClearedShare {
  /** Cleared area over `baseM2`, 0..1; null when there is nothing to measure against. */
  readonly share: number | null;
  readonly basis: ShareBasis;
  /** The area the share divides by, m². */
  readonly baseM2: number;
  /**
   * The parcels entered as a share of the legal area to clear (0..1), when they cover less than
   * COMPLETE_ENTRY of it: the share then counts land not yet entered as not cleared, and says so
   * ("đã nhập thửa cho 80 % diện tích"). Null when entry is complete or there is no legal area.
   */
  readonly partialEntry: number | null;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The parcels entered as a share of the legal area to clear, when they cover less than
 * COMPLETE_ENTRY of it (0..1); null when entry is complete or the legal area is unknown or zero.
 */
export function partialEntry(enteredAreaM2: number | null, areaToClearM2: number | null): number | null {
  if (areaToClearM2 === null || !(areaToClearM2 > 0)) return null;
  const coverage = clamp01((enteredAreaM2 ?? 0) / areaToClearM2);
  return coverage < COMPLETE_ENTRY ? coverage : null;
}

/**
 * The cleared share of a row: cleared area over the legal area to clear when the row has one
 * (> 0), else over the area of the parcels entered; clamped to 0..1.
 */
export function clearedShareOf(figures: Pick<ProgressFigures, "totalAreaM2" | "clearedAreaM2" | "areaToClearM2">): ClearedShare {
  const { areaToClearM2: toClear, totalAreaM2: entered, clearedAreaM2: cleared } = figures;
  if (toClear !== null && toClear > 0) {
    return { share: clamp01(cleared / toClear), basis: "area_to_clear", baseM2: toClear, partialEntry: partialEntry(entered, toClear) };
  }
  return { share: entered > 0 ? clamp01(cleared / entered) : null, basis: "entered", baseM2: entered, partialEntry: null };
}

/** The cleared share alone (see clearedShareOf), 0..1, or null when there is nothing to measure against. */
export function clearedShare(figures: Pick<ProgressFigures, "totalAreaM2" | "clearedAreaM2" | "areaToClearM2">): number | null {
  return clearedShareOf(figures).share;
}

/**
 * Adds up rows of figures (e.g. a table's totals row). The legal area adds up only when every
 * row has one: a sum over admin units stays without.
 */
export function sumFigures(rows: readonly ProgressFigures[]): ProgressFigures {
  return rows.reduce<ProgressFigures>(
    (sum, row) => ({
      totalAreaM2: sum.totalAreaM2 + row.totalAreaM2,
      clearedAreaM2: sum.clearedAreaM2 + row.clearedAreaM2,
      parcels: sum.parcels + row.parcels,
      clearedParcels: sum.clearedParcels + row.clearedParcels,
      blockedParcels: sum.blockedParcels + row.blockedParcels,
      areaToClearM2: sum.areaToClearM2 === null || row.areaToClearM2 === null ? null : sum.areaToClearM2 + row.areaToClearM2,
    }),
    { totalAreaM2: 0, clearedAreaM2: 0, parcels: 0, clearedParcels: 0, blockedParcels: 0, areaToClearM2: 0 },
  );
}
