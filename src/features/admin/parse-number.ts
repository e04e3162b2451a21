// Numbers as people type them in the form, in the UI's language. vi-VN: comma for decimals, dot
// for thousands ("1.234,5"); a dot not followed by groups of three digits is read as a decimal
// point too ("0.5"), as people used to other software type it. en: the other way round.

/** The number typed in `text`, null when empty, NaN when it is not a number. */
export function parseTypedNumber(text: string, lang: "vi" | "en"): number | null {
  const trimmed = text.trim().replace(/[\s\u00a0]/g, "");
  if (trimmed === "") return null;
  const [decimal, group] = lang === "vi" ? [",", "."] : [".", ","];
  const g = group === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  let normal: string;
  if (new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(trimmed)) {
    normal = trimmed.split(group).join("").replace(decimal, ".");
  } else if (/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) {
    normal = trimmed.replace(",", ".");
  } else {
    return Number.NaN;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A number as the form shows it again for editing (vi: comma decimals, no grouping). */
export function numberForInput(value: number | null, lang: "vi" | "en"): string {
  if (value === null) return "";
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === "vi" ? text.replace(".", ",") : text;
}
