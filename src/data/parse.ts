// zod building blocks for API rows. The local backend returns numeric and bigint columns as
// strings and timestamptz in Postgres text form ("2024-12-31 10:00:00.123456+00"); hosted
// PostgREST returns numbers and ISO 8601. Both parse to the same values here.

import { en } from "zod/locales";
import { z } from "zod/mini";

// zod/mini (the tree-shakeable zod) has no messages of its own: every issue would read "Invalid
// input". English ones, as full zod has, keep UnexpectedDataError readable; a locale set
// elsewhere wins, as with full zod.
if (!z.config().localeError) z.config(en());

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** `value` as a finite number (a JSON number or a decimal string), or null. */
function decimalValue(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" && NUMERIC_TEXT.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : null;
}

// One transform step each, not zod's union → transform → number pipeline: the province view
// parses a few thousand of these before its first draw, and the pipeline (an issue object for
// every string that the number branch refuses, three results per value) took three times as long.

/** A Postgres numeric or bigint, sent as a JSON number or a decimal string. */
export const numeric = z.transform((value: unknown, ctx) => {
  const number = decimalValue(value);
  if (number !== null) return number;
  ctx.issues.push({ code: "custom", message: "not a decimal number", input: value });
  return z.NEVER;
});

/** A count (bigint) that must be a whole, non-negative number. */
export const count = z.transform((value: unknown, ctx) => {
  const number = decimalValue(value);
  if (number !== null && Number.isInteger(number) && number >= 0) return number;
  ctx.issues.push({ code: "custom", message: "not a whole number ≥ 0", input: value });
  return z.NEVER;
});

/** A Postgres date, kept as its calendar text "YYYY-MM-DD". */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "not a YYYY-MM-DD date"));

const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Parses a timestamptz in ISO 8601 or Postgres text form; null if it is not one. */
export function parseTimestamp(text: string): Date | null {
  const m = PG_TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [, date, time, fraction = "", zone = "Z"] = m;
  const millis = fraction ? `.${fraction.slice(1, 4).padEnd(3, "0")}` : "";
  const offset = zone === "Z" ? "Z" : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const parsed = new Date(`${date}T${time}${millis}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** A timestamptz, parsed to a Date. */
export const timestamptz = z.pipe(z.string(), z.transform((text: string, ctx) => {
  const parsed = parseTimestamp(text);
  if (!parsed) {
    ctx.issues.push({ code: "custom", message: "not a timestamp", input: text });
    return z.NEVER;
  }
  return parsed;
}));

/** An API answer that does not have the expected shape (a schema drift between app and database). */
export class UnexpectedDataError extends Error {
  constructor(what: string, issues: string) {
    super(`Unexpected data from ${what}: ${issues}`);
    this.name = "UnexpectedDataError";
  }
}

/** Parses `data` with `schema`, or throws an UnexpectedDataError naming the query. */
export function parseRows<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new UnexpectedDataError(what, z.prettifyError(result.error));
  return result.data;
}
