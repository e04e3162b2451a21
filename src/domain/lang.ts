// The two UI languages. Vietnamese is the default; English is offered for investors and visitors.

/** A UI language: Vietnamese (default) or English. */
export type Lang = "vi" | "en";

/** The supported languages, default first. */
export const LANGS: readonly Lang[] = ["vi", "en"];

/** True when `value` is a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

/** Anything labelled in both languages, like the stage and project-kind tables. */
export interface Labelled {
  readonly labelVi: string;
  readonly labelEn: string;
}

/** The label of `item` in `lang`. */
export function labelIn(item: Labelled, lang: Lang): string {
  return lang === "en" ? item.labelEn : item.labelVi;
}
