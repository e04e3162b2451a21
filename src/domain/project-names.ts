// Short project names for map labels, where "Đường Vành đai 4 – Vùng Thủ đô (đoạn qua Hưng Yên)"
// does not fit: parentheses go first, then what follows a dash, then words from the end.

import type { Labelled } from "@/domain/lang";

/** What a retired project's name carries on the map (it stays there, with its history). */
export const RETIRED_MARK: Labelled = { labelVi: "đã dừng", labelEn: "retired" };

/**
 * The name shortened to at most `max` characters: without a parenthesised part, then cut at
 * " – ", then at a word boundary with "…". Names that fit are returned as they are.
 */
export function shortProjectName(name: string, max = 28): string {
  let short = name.trim();
  if (short.length <= max) return short;
  short = short.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  if (short.length <= max) return short;
  const dash = short.indexOf(" – ");
  if (dash >= 8 && dash <= max) return short.slice(0, dash);
  const words = short.split(/\s+/);
  let result = "";
  for (const word of words) {
    const next = result ? `${result} ${word}` : word;
    if (next.length > max - 1) break;
    result = next;
  }
  return `${result || short.slice(0, max - 1)}…`;
}
