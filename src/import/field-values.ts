// Values of the mapped fields of one decoded row.

import type { FieldSource } from "@/domain/import-types";

/** The text of a field (trimmed; numbers written plainly, 12.0 as "12"), or null when empty. */
export function fieldText(attributes: Readonly<Record<string, string | number | null>>, source: FieldSource | undefined): string | null {
  if (!source) return null;
  const value = "column" in source ? attributes[source.column] : source.constant;
  if (value === null || value === undefined) return null;
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value).trim();
  return text === "" ? null : text;
}

/**
 * A number from a field: a number as it is; text with a decimal comma or point ("1234,5",
 * "1.234,5", "1 234.5"). NaN when it is not a number; null when empty.
 */
export function fieldNumber(attributes: Readonly<Record<string, string | number | null>>, source: FieldSource | undefined): number | null {
  if (!source) return null;
  const value = "column" in source ? attributes[source.column] : source.constant;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  let text = String(value).trim().replace(/[\s\u00a0]/g, "");
  if (text === "") return null;
  if (text.includes(",") && text.includes(".")) {
    text = text.lastIndexOf(",") > text.lastIndexOf(".") ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (/^-?\d+,\d+$/.test(text)) text = text.replace(",", ".");
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : NaN;
}
