// "Số liệu lúc 09:05, 28/11/2026": when the figures were last fetched.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useProgressSummary } from "@/data/progress-summary-query";
import { formatDateTime } from "@/domain/format";

/** The time of the last successful fetch of the summary by kind (which the totals come from). */
export function UpdatedAt() {
  const { t } = useTranslation();
  const lang = useLang();
  const { dataUpdatedAt } = useProgressSummary("kind");
  if (!dataUpdatedAt) return null;
  return (
    <p className="updated-at">{t("progress.updatedAt", { time: formatDateTime(new Date(dataUpdatedAt), lang) })}</p>
  );
}
