// The officer's two forms on /households/items, checked before anything is sent (the server
// checks again): a new item to move (kind, name, unit, total, commune) and a dated progress entry
// (the cumulative figure moved as of a day). Each gives the field's problem as a stable code the
// page words in Vietnamese, or the record_household_events event to send.

import type { ActDateError } from "@/domain/act-date";
import { validateActDate } from "@/domain/act-date";
import type { HouseholdEvent, ItemKind, ItemUnit, ProjectItemRow } from "@/domain/household-types";
import { ITEM_KINDS } from "@/domain/household-types";

/** The new-item form as typed. */
export interface ItemDraft {
  readonly kind: ItemKind;
  readonly name: string;
  readonly unit: ItemUnit;
  readonly total: string;
  readonly adminUnitId: string;
  readonly owner: string;
}

/** The progress form as typed, for one item. */
export interface ProgressDraft {
  readonly asOf: string;
  readonly done: string;
  readonly note: string;
}

export type ItemField = "kind" | "name" | "unit" | "total" | "adminUnitId" | "owner";
export type ItemProblem = "required" | "too_long" | "not_number" | "not_positive" | "grave_in_count" | "unknown_kind";
export type ProgressProblem = ActDateError | "required" | "not_number" | "negative" | "over_total" | "too_long";

/** A number as an officer types it in Vietnamese ("1.250,5") or plainly ("1250.5"); null when it is not one. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  // a comma is the decimal mark in vi-VN, dots group thousands; without a comma a single dot
  // followed by other than three digits is a decimal point
  const vi = t.includes(",") || /^\d{1,3}(\.\d{3})+$/.test(t);
  const plain = vi ? t.replace(/\./g, "").replace(",", ".") : t;
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** The problems of a new item's form, by field; empty when it may be sent. */
export function itemProblems(d: ItemDraft): Partial<Record<ItemField, ItemProblem>> {
  const out: Partial<Record<ItemField, ItemProblem>> = {};
  if (!ITEM_KINDS.includes(d.kind)) out.kind = "unknown_kind";
  if (d.name.trim() === "") out.name = "required";
  else if (d.name.trim().length > 200) out.name = "too_long";
  if (d.kind === "grave" && d.unit !== "count") out.unit = "grave_in_count";
  const total = parseAmount(d.total);
  if (d.total.trim() === "") out.total = "required";
  else if (total === null) out.total = "not_number";
  else if (total <= 0) out.total = "not_positive";
  if (d.adminUnitId === "") out.adminUnitId = "required";
  if (d.owner.trim().length > 200) out.owner = "too_long";
  return out;
}

/** The problems of a progress entry for an item of `total`, on `today`; empty when it may be sent. */
export function progressProblems(d: ProgressDraft, total: number, today: string): Partial<Record<"asOf" | "done" | "note", ProgressProblem>> {
  const out: Partial<Record<"asOf" | "done" | "note", ProgressProblem>> = {};
  const day = validateActDate(d.asOf, today);
  if (day) out.asOf = day;
  const done = parseAmount(d.done);
  if (d.done.trim() === "") out.done = "required";
  else if (done === null) out.done = "not_number";
  else if (done < 0) out.done = "negative";
  else if (done > total) out.done = "over_total";
  if (d.note.trim().length > 2000) out.note = "too_long";
  return out;
}

/** The item.save event of a new item (ids made by the caller, kept for a retry of the same change). */
export function itemEvent(d: ItemDraft, projectId: string, ids: { eventId: string; itemId: string }): HouseholdEvent {
  return {
    eventId: ids.eventId, kind: "item.save", id: ids.itemId,
    data: {
      project_id: projectId, admin_unit_id: d.adminUnitId, kind: d.kind, name: d.name.trim(),
      unit: d.kind === "grave" ? "count" : d.unit, total: parseAmount(d.total), owner: d.owner.trim() || null,
    },
  };
}

/** The item_progress.save event of a progress entry (the server upserts on the item and day). */
export function progressEvent(d: ProgressDraft, itemId: string, ids: { eventId: string; progressId: string }): HouseholdEvent {
  return {
    eventId: ids.eventId, kind: "item_progress.save", id: ids.progressId,
    data: { item_id: itemId, as_of: d.asOf.trim(), done: parseAmount(d.done), note: d.note.trim() || null },
  };
}

/** A project's items of one kind and unit, summed: what a leader reads before the long list. */
export interface ItemKindTotal {
  readonly kind: ItemKind;
  readonly unit: ItemUnit;
  readonly items: number;
  readonly total: number;
  readonly done: number;
}

/**
 * The items summed per kind and unit, in the order of ITEM_KINDS (counted before metres within a
 * kind: a utility may be counted in one item and measured in another, and the two never add up).
 */
export function itemTotalsByKind(items: readonly Pick<ProjectItemRow, "kind" | "unit" | "total" | "done">[]): ItemKindTotal[] {
  const sums = new Map<string, { kind: ItemKind; unit: ItemUnit; items: number; total: number; done: number }>();
  for (const item of items) {
    const key = `${item.kind}/${item.unit}`;
    const sum = sums.get(key) ?? { kind: item.kind, unit: item.unit, items: 0, total: 0, done: 0 };
    sum.items += 1;
    sum.total += item.total;
    sum.done += item.done ?? 0;
    sums.set(key, sum);
  }
  const rank = (t: ItemKindTotal) => ITEM_KINDS.indexOf(t.kind) * 2 + (t.unit === "count" ? 0 : 1);
  return [...sums.values()].sort((a, b) => rank(a) - rank(b));
}
