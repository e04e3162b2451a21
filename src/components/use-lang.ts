// The current UI language, for formatting numbers and picking domain labels.

import { useTranslation } from "react-i18next";
import type { Lang } from "@/domain/lang";
import { isLang } from "@/domain/lang";

/** The current UI language; re-renders when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : "vi";
}
