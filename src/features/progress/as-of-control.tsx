// "Số liệu đến ngày": the day the whole panel, and the map, show as of (the end of that day in
// Hưng Yên), today's live figures by default; applied with "Xem" (src/components/use-day-form.ts).
// While a past day is shown, a notice says which, with the way back to today.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDayForm } from "@/components/use-day-form";
import { useLang } from "@/components/use-lang";
import { EARLIEST_AS_OF_DAY } from "@/domain/as-of-day";
import { formatDate } from "@/domain/format";
import { setFiguresDay } from "@/state/map-state";
import { useFiguresDay } from "@/features/progress/use-figures";

/** The date form and, while a past day is shown, its notice. */
export function AsOfControl() {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useFiguresDay();
  const id = useId();
  const { input, today, value, refusal, change, submit } = useDayForm(day, setFiguresDay);

  function backToToday() {
    setFiguresDay(null);
    input.current?.focus();
  }

  const errorId = `${id}-error`;
  return (
    <div className="as-of">
      <form className="as-of__form" onSubmit={submit} noValidate>
        <label htmlFor={id} className="as-of__label">{t("asOf.label")}</label>
        <span className="as-of__fields">
          <input ref={input} id={id} type="date" className="as-of__input" min={EARLIEST_AS_OF_DAY} max={today}
            value={value} aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? errorId : undefined}
            onChange={(e) => change(e.target.value)} />
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
