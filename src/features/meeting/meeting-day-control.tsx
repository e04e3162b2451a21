// The meeting view's "Số liệu đến ngày": the day every section shows its figures as of, kept in
// the address ("?d=", src/state/report-day.ts) so that a link or a reload shows the same day.
// Applied with "Xem", as on the map's panel: each keystroke of a year would be another request.

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { useLang } from "@/components/use-lang";
import type { AsOfDayError } from "@/domain/as-of-day";
import { EARLIEST_AS_OF_DAY, validateAsOfDay } from "@/domain/as-of-day";
import { dayInVietnam } from "@/domain/clock";
import { formatDate } from "@/domain/format";
import { withReportDay } from "@/state/report-day";

interface Refusal {
  readonly code: AsOfDayError;
  readonly today: string;
}

export function MeetingDayControl({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [location, navigate] = useLocation();
  const search = useSearch();
  const [today, setToday] = useState(() => dayInVietnam(new Date()));
  const [value, setValue] = useState(day ?? today);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // follows a day set elsewhere (a link, "Về hôm nay"), set during render as React advises
  const [shownDay, setShownDay] = useState(day);
  if (day !== shownDay) {
    setShownDay(day);
    setValue(day ?? today);
    setRefusal(null);
  }

  function go(next: string | null) {
    navigate(`${location}${withReportDay(search, next)}`);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const now = dayInVietnam(new Date());
    setToday(now);
    const code = input.current?.validity.badInput ? "date_invalid" : validateAsOfDay(value, now);
    if (code) {
      setRefusal({ code, today: now });
      input.current?.focus();
      return;
    }
    setRefusal(null);
    go(value === now ? null : value);
  }

  const errorId = `${id}-error`;
  return (
    <div className="meeting-day">
      <form className="meeting-day__form" onSubmit={apply} noValidate>
        <label htmlFor={id}>{t("asOf.label")}</label>
        <input ref={input} id={id} type="date" min={EARLIEST_AS_OF_DAY} max={today} value={value}
          aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? errorId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setRefusal(null);
          }} />
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
