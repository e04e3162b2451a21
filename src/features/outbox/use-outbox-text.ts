// Counting and time words for the outbox's texts: "3 thay đổi", "09:05, 02/12/2026".

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount, formatDateTime } from "@/domain/format";

/** Formatters for the outbox's texts in the UI language. */
export function useOutboxText() {
  const { t } = useTranslation();
  const lang = useLang();
  const changes = useCallback((count: number) => t("outbox.changes", { count, formatted: formatCount(count, lang) }), [t, lang]);
  const time = useCallback((ms: number | Date) => formatDateTime(typeof ms === "number" ? new Date(ms) : ms, lang), [lang]);
  return { t, lang, changes, time };
}
