// The i18next instance: Vietnamese by default, English on request. The choice is kept in
// localStorage and mirrored to <html lang> and the document title. The English texts are
// loaded only when English is chosen, to keep the first download small.

import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { vi } from "@/app/i18n/vi";
import { rememberLang, storedLang } from "@/app/i18n/stored-lang";
import type { Lang } from "@/domain/lang";

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
  // No HTML escaping here: React escapes what it renders, and no translated text reaches the
  // page as HTML (Leaflet's hover texts are elements: src/map/tooltip-content.ts). Escaping here
  // too would show "&amp;" in names with "&".
  // eslint-rules/no-html-sinks.js keeps every HTML sink out of src, so this stays safe.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

reflectInDocument(i18n.language);
i18n.on("languageChanged", (lang) => {
  rememberLang(lang);
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
