// "Số liệu đến ngày": the day the whole panel shows its figures as of (the end of that day in
// Hưng Yên), today's live figures by default. A day is applied with "Xem", not on each change:
// typing a year digit by digit passes through other real days (0202-12-31, then 2024-12-31),
// and each would be a request. While a past day is shown, a notice says which, and that the
// map is still today's, with the way back to today.

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AsOfDayError } from "@/domain/as-of-day";
import { EARLIEST_AS_OF_DAY, validateAsOfDay } from "@/domain/as-of-day";
import { dayInVietnam } from "@/domain/clock";
import { formatDate } from "@/domain/format";
import { setFiguresDay } from "@/state/map-state";
import { useFiguresDay } from "@/features/progress/use-figures";

/** Today in Hưng Yên by the device's clock. */
function currentDay(): string {
  return dayInVietnam(new Date());
}

interface Refusal {
  readonly code: AsOfDayError;
  /** The day that was today when it was refused (the future message names it). */
  readonly today: string;
}

/** The date form and, while a past day is shown, its notice. */
export function AsOfControl() {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useFiguresDay();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [today, setToday] = useState(currentDay);
  const [value, setValue] = useState(day ?? today);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The input follows the day applied elsewhere ("Về hôm nay", a link): set during render, as
  // React advises for state derived from a prop, so that no frame shows the old day.
  const [shownDay, setShownDay] = useState(day);
  if (day !== shownDay) {
    setShownDay(day);
    setValue(day ?? today);
    setRefusal(null);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const now = currentDay();
    setToday(now);
    // a date input holding half a date gives "" as an empty one does; badInput tells them apart
    const code = input.current?.validity.badInput ? "date_invalid" : validateAsOfDay(value, now);
    if (code) {
      setRefusal({ code, today: now });
      input.current?.focus();
      return;
    }
    setRefusal(null);
    setFiguresDay(value === now ? null : value);
  }

  function backToToday() {
    setFiguresDay(null);
    input.current?.focus();
  }

  const errorId = `${id}-error`;
  return (
    <div className="as-of">
      <form className="as-of__form" onSubmit={apply} noValidate>
        <label htmlFor={id} className="as-of__label">{t("asOf.label")}</label>
        <span className="as-of__fields">
          <input ref={input} id={id} type="date" className="as-of__input" min={EARLIEST_AS_OF_DAY} max={today}
            value={value} aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? errorId : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setRefusal(null);
            }} />
          <button type="submit" className="button button--secondary button--small">{t("asOf.apply")}</button>
        </span>
      </form>
      {refusal ? (
        <p id={errorId} className="field-error as-of__error" role="alert">
          {t(`asOf.error_${refusal.code}`, { today: formatDate(refusal.today, lang) })}
        </p>
      ) : null}
      <div role="status" className="as-of__status">
        {day !== null ? (
          <div className="as-of__notice">
            <p className="as-of__notice-line">
              <strong>{t("asOf.notice", { date: formatDate(day, lang) })}</strong>
              <button type="button" className="button button--secondary button--small" onClick={backToToday}>
                {t("asOf.backToToday")}
              </button>
            </p>
            <p className="as-of__hint">{t("asOf.noticeHint")}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
