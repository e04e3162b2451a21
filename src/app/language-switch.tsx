// VI / EN switch. Each button shows the language code and, for screen readers, the language's
// own name ("Tiếng Việt", "English"), so people who cannot read the current one find theirs.

import { useTranslation } from "react-i18next";
import { setLang } from "@/app/i18n/i18n";
import { useLang } from "@/components/use-lang";
import { LANGS } from "@/domain/lang";

/** Two toggle buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={lang === current}
          onClick={() => setLang(lang)}
        >
          {lang.toUpperCase()}
          <span className="sr-only"> – {t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
