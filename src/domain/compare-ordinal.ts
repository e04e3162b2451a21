// Orders strings by their UTF-16 code units: a fixed, locale-free order for ids and keys.
// String#localeCompare builds an ICU collator on its first call, work a page load would wait
// for; sorting ids needs no language rules.

/** Negative, zero or positive as `a` sorts before, with or after `b`, by code units. */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
