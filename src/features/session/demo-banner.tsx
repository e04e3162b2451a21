// A banner saying the figures are illustrative, shown when app_info "dataset".demo is true,
// with the dataset's own note (what is made up, where figures come from) folded under it.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { LocalizedText } from "@/data/app-info-query";
import { useAppInfo } from "@/data/app-info-query";
import "@/features/session/session.css";

function pick(text: LocalizedText | null, lang: "vi" | "en"): string | null {
  if (!text) return null;
  return lang === "en" && text.en ? text.en : text.vi;
}

/** The "Dữ liệu minh họa" banner; renders nothing for real data or while unknown. */
export function DemoBanner() {
  const { t } = useTranslation();
  const lang = useLang();
  const info = useAppInfo();
  if (!info.data?.isDemo) return null;
  const title = pick(info.data.datasetLabel, lang) ?? t("session.demoTitle");
  const note = pick(info.data.datasetNote, lang);
  return (
    <aside className="demo-banner" aria-label={title}>
      <p className="demo-banner__text">
        <strong className="demo-banner__title">{title}</strong> <span>{t("session.demoText")}</span>
      </p>
      {note ? (
        <details className="demo-banner__details">
          <summary>{t("session.demoDetails")}</summary>
          <p>{note}</p>
        </details>
      ) : null}
    </aside>
  );
}
