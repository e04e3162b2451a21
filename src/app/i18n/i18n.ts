// The i18next instance: Vietnamese by default, English on request. The choice is kept in
// localStorage and mirrored to <html lang> and the document title. The English texts are
// loaded only when English is chosen, to keep the first download small.

import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { vi } from "@/app/i18n/vi";
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

function remember(lang: string) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits; the switch still works for this one.
  }
}

function reflectInDocument(lang: string) {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lang;
  document.title = i18n.t("app.title");
}

/** The app's i18next instance. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: "vi",
  supportedLngs: ["vi", "en"],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});

reflectInDocument(i18n.language);
i18n.on("languageChanged", (lang) => {
  remember(lang);
  reflectInDocument(lang);
});

async function loadTexts(lang: Lang): Promise<void> {
  if (lang !== "en" || i18n.hasResourceBundle("en", "translation")) return;
  const { en } = await import("@/app/i18n/en");
  i18n.addResourceBundle("en", "translation", en);
}

/** Switches the UI language (and remembers it), once its texts are loaded. */
export function setLang(lang: Lang): void {
  loadTexts(lang).then(
    () => i18n.changeLanguage(lang),
    () => undefined, // offline before the texts arrived: stay in the current language
  );
}

// A returning visitor who chose English gets it as soon as its texts arrive.
if (storedLang() !== "vi") setLang(storedLang());
