// In the officer's place beside the map while the map shows a past day: the officer's tools are
// off (a past state is not one to select parcels on or act from), with the way back to today.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatDate } from "@/domain/format";
import { setFiguresDay } from "@/state/map-state";

/** The notice for `day` ("YYYY-MM-DD"). */
export function OfficerPausedNotice({ day }: { day: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  return (
    <section className="past-day-notice" aria-labelledby={titleId} role="status">
      <h2 id={titleId} className="past-day-notice__title">{t("asOf.officerOffTitle")}</h2>
      <p className="past-day-notice__text">{t("asOf.officerOff", { date: formatDate(day, lang) })}</p>
      <button type="button" className="button button--small" onClick={() => setFiguresDay(null)}>
        {t("asOf.backToToday")}
      </button>
    </section>
  );
}
