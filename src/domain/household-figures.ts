// The leaders' units of households (household_progress rows, src/domain/household-types.ts) as
// the panel and the province summary read them: a sum over groups, the utilities in words, and
// money written the way a leader's report writes it ("12,35 tỷ đồng", "395 triệu đồng").

import { formatCount, formatNumber, MISSING } from "@/domain/format";
import type { HouseholdFigures, ItemKind, UtilityTally } from "@/domain/household-types";
import type { Lang } from "@/domain/lang";

const BILLION = 1_000_000_000;
const MILLION = 1_000_000;

/**
 * An amount of dong for a leader: from a billion in "tỷ đồng" with two decimals, from a million in
 * "triệu đồng" with none (one below ten), else the full amount. Files keep the full number.
 */
export function formatVndShort(amount: number | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return MISSING;
  const size = Math.abs(amount);
  if (size >= BILLION) return lang === "en" ? `VND ${formatNumber(amount / BILLION, lang, 2)} billion` : `${formatNumber(amount / BILLION, lang, 2)} tỷ đồng`;
  if (size >= MILLION) {
    const digits = size < 10 * MILLION ? 1 : 0;
    return lang === "en" ? `VND ${formatNumber(amount / MILLION, lang, digits)} million` : `${formatNumber(amount / MILLION, lang, digits)} triệu đồng`;
  }
  return lang === "en" ? `VND ${formatCount(amount, lang)}` : `${formatCount(amount, lang)} đồng`;
}

/** The utilities of several groups merged by kind and unit, in ITEM_KINDS order. */
export function mergeUtilities(lists: readonly (readonly UtilityTally[])[]): UtilityTally[] {
  const byKey = new Map<string, UtilityTally>();
  for (const list of lists) {
    for (const u of list) {
      const key = `${u.kind}:${u.unit}`;
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, total: seen.total + u.total, done: seen.done + u.done } : u);
    }
  }
  return [...byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.unit.localeCompare(b.unit));
}

/**
 * The figures of several groups as one (e.g. the projects of a table). Money is null as soon as
 * one group's is: a total that left a group out would read as complete. A household in two groups
 * is counted in both, so sum groups that do not share households (projects of one province do
 * when a household holds land in two; the province row counts it once).
 */
export function sumHouseholdFigures(rows: readonly HouseholdFigures[], key = "total", name = ""): HouseholdFigures {
  const sum = (pick: (r: HouseholdFigures) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const money = (pick: (r: HouseholdFigures) => number | null) =>
    rows.every((r) => pick(r) !== null) ? rows.reduce((s, r) => s + (pick(r) ?? 0), 0) : null;
  return {
    key, name,
    households: sum((r) => r.households),
    householdsPlanApproved: sum((r) => r.householdsPlanApproved),
    householdsPaid: sum((r) => r.householdsPaid),
    householdsHandedOver: sum((r) => r.householdsHandedOver),
    approvedVnd: money((r) => r.approvedVnd),
    paidVnd: money((r) => r.paidVnd),
    gravesTotal: sum((r) => r.gravesTotal),
    gravesMoved: sum((r) => r.gravesMoved),
    utilities: mergeUtilities(rows.map((r) => r.utilities)),
    plotsNeeded: sum((r) => r.plotsNeeded),
    plotsReady: sum((r) => r.plotsReady),
  };
}

/** Whether a group has anything to show: a household, a grave, a utility or a plot. */
export function hasHouseholdFigures(row: HouseholdFigures): boolean {
  return row.households > 0 || row.gravesTotal > 0 || row.utilities.length > 0 || row.plotsNeeded > 0;
}

/** A utility's figures in words, "300 / 1.000 m" or "0 / 3", its kind named by `kindName`. */
export function utilitiesText(list: readonly UtilityTally[], lang: Lang, kindName: (kind: ItemKind) => string): string | null {
  if (list.length === 0) return null;
  return list.map((u) => `${kindName(u.kind)}: ${formatNumber(u.done, lang)} / ${formatNumber(u.total, lang)}${u.unit === "m" ? " m" : ""}`).join("; ");
}
