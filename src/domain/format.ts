// Number, area, percentage, date and money formatting for the UI, in Vietnamese (vi-VN:
// "1.234,5 ha", "85,3 %", "31/12/2024") or English (en-GB: "1,234.5 ha", "85.3%", "31 Dec 2024").
// Units are joined with a no-break space (U+00A0) so that a narrow table cell never wraps
// "ha" or "%" away from its number. Missing or non-finite values print as an en dash.

import type { Lang } from "@/domain/lang";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };
const NBSP = "\u00a0";
/** What a missing or non-finite value prints as. */
export const MISSING = "–";
/** Timestamps are shown in the province's time zone, whatever the viewer's device says. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
const M2_PER_HA = 10_000;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** The separators Intl.NumberFormat uses for LOCALES (format.test.ts checks them against Intl). */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * `value` as Intl.NumberFormat writes it with exactly `fractionDigits` decimals and
 * signDisplay "negative", without Intl; null where the shortcut does not apply (exponent
 * notation: below 1e-6 or from 1e21). Why not Intl: a page's first Intl.NumberFormat loads
 * ICU's number data, and the province view's labels, drawn before anything else, would wait
 * for it (`npm run bench:map` shows the province view's readiness). Like Intl, it rounds the
 * shortest decimal form of the double (String(1.005) = "1.005" → "1,01", where toFixed gives
 * "1.00") half away from zero; format.test.ts compares it with Intl on thousands of values.
 */
function plainDecimal(value: number, lang: Lang, fractionDigits: number): string | null {
  const shortest = String(Math.abs(value));
  if (shortest.includes("e") || !Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) return null;
  const [whole = "0", fraction = ""] = shortest.split(".");
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, "0");
  if ((fraction[fractionDigits] ?? "0") >= "5") {
    digits = (BigInt(digits) + 1n).toString().padStart(digits.length, "0");
  }
  const { group, decimal } = SEPARATORS[lang];
  const wholeDigits = digits.slice(0, digits.length - fractionDigits).replace(/^0+(?=\d)/, "") || "0";
  const grouped = wholeDigits.replace(/\B(?=(\d{3})+$)/g, group);
  const text = fractionDigits > 0 ? `${grouped}${decimal}${digits.slice(-fractionDigits)}` : grouped;
  const isZero = !/[1-9]/.test(digits);
  return value < 0 && !isZero ? `-${text}` : text;
}

/** A number with grouping and exactly `fractionDigits` decimals: vi "1.234,5", en "1,234.5". */
export function formatNumber(value: number | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (!isNumber(value)) return MISSING;
  const plain = plainDecimal(value, lang, fractionDigits);
  if (plain !== null) return plain;
  const format = numberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: "negative", // no "-0,0" when a tiny negative rounds to zero
  });
  return format.format(value);
}

/** A whole count: vi "12.345", en "12,345". */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

/** Square metres to hectares. */
export function m2ToHa(areaM2: number): number {
  return areaM2 / M2_PER_HA;
}

/** An area given in hectares: vi "1.234,5 ha", en "1,234.5 ha". */
export function formatHa(areaHa: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (!isNumber(areaHa)) return MISSING;
  return `${formatNumber(areaHa, lang, fractionDigits)}${NBSP}ha`;
}

/** An area given in square metres, shown in hectares: 12_345_000 m² → vi "1.234,5 ha". */
export function formatM2AsHa(areaM2: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (!isNumber(areaM2)) return MISSING;
  return formatHa(m2ToHa(areaM2), lang, fractionDigits);
}

/** An area in square metres, for single parcels: vi "1.234 m²". */
export function formatM2(areaM2: number | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (!isNumber(areaM2)) return MISSING;
  return `${formatNumber(areaM2, lang, fractionDigits)}${NBSP}m²`;
}

/** A percentage given in percent (85.3): vi "85,3 %", en "85.3%". */
export function formatPercentValue(percent: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (!isNumber(percent)) return MISSING;
  const number = formatNumber(percent, lang, fractionDigits);
  return lang === "vi" ? `${number}${NBSP}%` : `${number}%`;
}

/** A share given as a fraction (0.853): vi "85,3 %", en "85.3%". */
export function formatPercent(share: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (!isNumber(share)) return MISSING;
  return formatPercentValue(share * 100, lang, fractionDigits);
}

/**
 * A rough share as a whole percentage: vi "80 %", en "80%". A share above 0 and under 1 % keeps
 * one decimal ("0,4 %"), so that some never reads as none.
 */
export function formatWholePercent(share: number | null | undefined, lang: Lang): string {
  if (!isNumber(share)) return MISSING;
  return formatPercent(share, lang, share > 0 && share < 0.01 ? 1 : 0);
}

/** An amount of Vietnamese dong: vi "1.234.567 ₫", en "₫1,234,567". */
export function formatVnd(amount: number | null | undefined, lang: Lang): string {
  if (!isNumber(amount)) return MISSING;
  return numberFormat(lang, { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function calendarDate(year: number, month: number, day: number, lang: Lang): string {
  const dd = String(day).padStart(2, "0");
  if (lang === "en") return `${day} ${MONTHS_EN[month - 1] ?? "?"} ${year}`;
  return `${dd}/${String(month).padStart(2, "0")}/${year}`;
}

/**
 * A date: vi "31/12/2024", en "31 Dec 2024". A "YYYY-MM-DD" string is a calendar date (a
 * Postgres `date`) and is printed as written; a Date is an instant, printed as the date it is
 * in Hưng Yên (UTC+7).
 */
export function formatDate(value: Date | string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value);
    if (!match) return MISSING;
    return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]), lang);
  }
  if (Number.isNaN(value.getTime())) return MISSING;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE, year: "numeric", month: "numeric", day: "numeric",
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return calendarDate(part("year"), part("month"), part("day"), lang);
}

/** A moment as time and date in Hưng Yên: vi "09:05, 28/11/2026", en "09:05, 28 Nov 2026". */
export function formatDateTime(value: Date | null | undefined, lang: Lang): string {
  if (!value || Number.isNaN(value.getTime())) return MISSING;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).format(value);
  return `${time}, ${formatDate(value, lang)}`;
}
