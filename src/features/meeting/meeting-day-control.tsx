// The meeting view's "Số liệu đến ngày": the day every section shows its figures as of, kept in
// the address ("?d=", src/state/report-day.ts) so that a link or a reload shows the same day.
// Applied with "Xem", as on the map's panel (src/components/use-day-form.ts).

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { useDayForm } from "@/components/use-day-form";
import { useLang } from "@/components/use-lang";
import { EARLIEST_AS_OF_DAY } from "@/domain/as-of-day";
import { formatDate } from "@/domain/format";
import { withReportDay } from "@/state/report-day";

export function MeetingDayControl({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const go = (next: string | null) => navigate(`${location}${withReportDay(search, next)}`);
  const { input, today, value, refusal, change, submit } = useDayForm(day, go);

  const errorId = `${id}-error`;
  return (
    <div className="meeting-day">
      <form className="meeting-day__form" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t("asOf.label")}</label>
        <input ref={input} id={id} type="date" min={EARLIEST_AS_OF_DAY} max={today} value={value}
          aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? errorId : undefined}
          onChange={(e) => change(e.target.value)} />
        <button type="submit" className="button button--secondary button--small">{t("asOf.apply")}</button>
        {day !== null ? (
          <button type="button" className="button button--ghost button--small" onClick={() => go(null)}>{t("asOf.backToToday")}</button>
        ) : null}
      </form>
      {refusal ? (
        <p id={errorId} className="field-error" role="alert">
          {t(`asOf.error_${refusal.code}`, { today: formatDate(refusal.today, lang) })}
        </p>
      ) : null}
      <p className="meeting-day__status" role="status">
        {day === null ? t("meeting.tables.dayToday") : t("meeting.tables.dayPast", { date: formatDate(day, lang) })}
      </p>
    </div>
  );
}
