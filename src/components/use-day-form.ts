// The state of a "Số liệu đến ngày" form (the map's panel, the meeting view): the day typed, why
// it was refused, and applying it with "Xem" rather than on each change, since typing a year digit
// by digit passes through other real days (0202-12-31, then 2024-12-31), each a request.

import { useRef, useState } from "react";
import type { FormEvent } from "react";
import type { AsOfDayError } from "@/domain/as-of-day";
import { validateAsOfDay } from "@/domain/as-of-day";
import { dayInVietnam } from "@/domain/clock";

/** Why a typed day was refused, and the day that was today then (the future message names it). */
export interface DayRefusal {
  readonly code: AsOfDayError;
  readonly today: string;
}

/** What a day form shows and does. */
export interface DayForm {
  readonly input: React.RefObject<HTMLInputElement | null>;
  /** Today in Hưng Yên by the device's clock, as of the last render or submit: the input's max. */
  readonly today: string;
  readonly value: string;
  readonly refusal: DayRefusal | null;
  readonly change: (value: string) => void;
  readonly submit: (event: FormEvent) => void;
}

/**
 * The form for `day` (null: today). A valid submitted day goes to `apply` (null when it is today);
 * a refused one stays in the input with its reason, focused.
 */
export function useDayForm(day: string | null, apply: (day: string | null) => void): DayForm {
  const input = useRef<HTMLInputElement>(null);
  const [today, setToday] = useState(() => dayInVietnam(new Date()));
  const [value, setValue] = useState(day ?? today);
  const [refusal, setRefusal] = useState<DayRefusal | null>(null);
  // The input follows the day applied elsewhere ("Về hôm nay", a link): set during render, as
  // React advises for state derived from a prop, so that no frame shows the old day.
  const [shownDay, setShownDay] = useState(day);
  if (day !== shownDay) {
    setShownDay(day);
    setValue(day ?? today);
    setRefusal(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const now = dayInVietnam(new Date());
    setToday(now);
    // a date input holding half a date gives "" as an empty one does; badInput tells them apart
    const code = input.current?.validity.badInput ? "date_invalid" : validateAsOfDay(value, now);
    if (code) {
      setRefusal({ code, today: now });
      input.current?.focus();
      return;
    }
    setRefusal(null);
    apply(value === now ? null : value);
  }

  function change(next: string) {
    setValue(next);
    setRefusal(null);
  }

  return { input, today, value, refusal, change, submit };
}
