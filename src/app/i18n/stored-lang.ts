// The language a visitor chose on an earlier visit, kept in localStorage. Apart from i18n.ts so
// that the province view drawn before React (src/app/province-view.ts) can format its labels in
// it without loading i18next.

import type { Lang } from "@/domain/lang";
import { isLang } from "@/domain/lang";

const STORAGE_KEY = "gpmb.lang";

/** The language chosen on an earlier visit; Vietnamese when none was. */
export function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : "vi";
  } catch {
    return "vi"; // storage blocked (private mode, policy): use the default
  }
}

/** Keeps `lang` for the next visit. */
export function rememberLang(lang: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits; the switch still works for this one.
  }
}
