// The checks every household form shares: texts as typed, numbers in the UI's language, calendar
// days and the ID number shapes the tables accept (20261206090000_households.sql). The server
// checks again; these only let the officer fix a field before anything is sent.

import type { Lang } from "@/domain/lang";

/** A field's problem, as a stable code the page words (households.errors.*). */
export type FieldError =
  | "required" | "choice_required" | "too_long" | "not_number" | "not_whole" | "negative" | "not_positive" | "share_range"
  | "date_invalid" | "date_early" | "date_future" | "id_number_person" | "id_number_org" | "phone_invalid"
  | "birth_year_range" | "head_taken" | "share_over_100" | "parcel_required" | "basis_missing" | "basis_present"
  | "plan_not_approved" | "amount_required" | "decision_incomplete" | "posting_order";

/** Each field's problem, only for the fields that have one. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;
/** Errors as the checks collect them: an undefined entry is a field that passed. */
export type FieldChecks<F extends string> = Partial<Record<F, FieldError | undefined>>;

/** A form's outcome: the row's data to send, or the problems to show. */
export type FormResult<F extends string> =
  | { readonly data: Readonly<Record<string, unknown>>; readonly errors: null }
  | { readonly data: null; readonly errors: FieldErrors<F> };

/** The trimmed text, or null when nothing was typed. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** "too_long" when the trimmed text passes `max` characters. */
export function lengthError(text: string, max: number): FieldError | undefined {
  return text.trim().length > max ? "too_long" : undefined;
}

/**
 * The number typed, in the UI's language (vi: "1.234.567" or "12,5"; en: "1,234,567" or "12.5"),
 * null when empty, NaN when it is not a number. A lone dot or comma followed by other than three
 * digits is read as a decimal point, as people used to other software type it.
 */
export function parseTyped(text: string, lang: Lang): number | null {
  const s = text.trim().replace(/[\s\u00a0]/g, "");
  if (s === "") return null;
  const group = lang === "vi" ? "." : ",";
  const grouped = lang === "vi" ? /^\d{1,3}(\.\d{3})+(,\d+)?$/ : /^\d{1,3}(,\d{3})+(\.\d+)?$/;
  let normal: string;
  if (grouped.test(s)) normal = s.split(group).join("").replace(",", ".");
  else if (/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) normal = s.replace(",", ".");
  else return Number.NaN;
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A number shown again in a form for editing (vi: comma decimals, no grouping). */
export function numberForInput(value: number | null, lang: Lang): string {
  if (value === null) return "";
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === "vi" ? text.replace(".", ",") : text;
}

interface NumberRule {
  readonly required?: boolean;
  readonly whole?: boolean;
  /** "not_positive" at or below zero (else "negative" below zero). */
  readonly positive?: boolean;
  /** A share: more than 0 and at most 100. */
  readonly share?: boolean;
}

/** The number typed with its problem, if any. */
export function checkNumber(text: string, lang: Lang, rule: NumberRule): { value: number | null; error?: FieldError } {
  const value = parseTyped(text, lang);
  if (value === null) return rule.required ? { value, error: "required" } : { value };
  if (Number.isNaN(value)) return { value: null, error: "not_number" };
  if (rule.share) return value > 0 && value <= 100 ? { value } : { value: null, error: "share_range" };
  if (rule.positive && value <= 0) return { value: null, error: "not_positive" };
  if (value < 0) return { value: null, error: "negative" };
  if (rule.whole && !Number.isInteger(value)) return { value: null, error: "not_whole" };
  return { value };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The earliest day the tables accept for a plan's, payment's or plot's date. */
export const EARLIEST_DAY = "2000-01-01";

/** True for a real calendar day written "YYYY-MM-DD". */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A day's problem: not a day, before 2000, or (when `today` is given) after today. */
export function dayError(text: string, required: boolean, today?: string): FieldError | undefined {
  if (text === "") return required ? "required" : undefined;
  if (!isDay(text)) return "date_invalid";
  if (text < EARLIEST_DAY) return "date_early";
  if (today !== undefined && text > today) return "date_future";
  return undefined;
}

/** A citizen ID: CCCD (12 digits) or the old CMND (9). */
export const PERSON_ID = /^(\d{9}|\d{12})$/;
/** A tax code: 10 digits, or 10-3 for a branch. */
export const ORGANISATION_ID = /^\d{10}(-\d{3})?$/;
const PHONE = /^[0-9+ .-]{6,20}$/;

/** A phone number's problem, if any. */
export function phoneError(text: string): FieldError | undefined {
  const trimmed = text.trim();
  return trimmed === "" || PHONE.test(trimmed) ? undefined : "phone_invalid";
}

/** The outcome of a form once its fields are checked. */
export function formResult<F extends string>(
  errors: FieldChecks<F>, data: () => Record<string, unknown>,
): FormResult<F> {
  // an undefined entry is a field that passed
  const found = Object.fromEntries(Object.entries(errors).filter(([, e]) => e !== undefined)) as FieldErrors<F>;
  return Object.keys(found).length > 0 ? { data: null, errors: found } : { data: data(), errors: null };
}
