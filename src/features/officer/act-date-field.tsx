// "Ngày thực hiện": the day of the legal act, which dates every event of the action. One field
// for every action, so the rules and texts are written once.

import { useId } from "react";
import type { RefObject } from "react";
import type { ActDateError } from "@/domain/act-date";
import { daysBefore, EARLIEST_ACT_DAY } from "@/domain/act-date";
import { formatCount, formatDate } from "@/domain/format";
import { FormField } from "@/features/officer/form-field";
import type { ActDateInput } from "@/features/officer/use-act-date";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface ActDateFieldProps {
  readonly input: ActDateInput;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly error: ActDateError | undefined;
  /** After a failed send the day is fixed: "Gửi lại" must send the very same events. */
  readonly disabled?: boolean;
}

/** A date input from 2000 up to today; the form checks it on submit (validateAction). */
export function ActDateField({ input, inputRef, error, disabled = false }: ActDateFieldProps) {
  const { t, lang } = useOfficerText();
  const id = useId();
  // The input shows the day as the browser's language writes it (11/24/2026 in an English
  // Chrome): the day is also written out as the app writes dates, so nobody misreads it.
  const back = daysBefore(input.value, input.today); // null while no whole, real day is in the input
  const date = back === null ? "" : formatDate(input.value, lang);
  const echo = back === null ? null
    : back === 0 ? t("eventDate.echoToday", { date })
    : back === 1 ? t("eventDate.echoYesterday", { date })
    : back > 1 ? t("eventDate.echoDaysAgo", { date, count: back, formatted: formatCount(back, lang) })
    : date;
  return (
    <FormField id={id} label={t("eventDate.label")}
      hint={<>{echo ? <span className="officer-date__echo">{echo}</span> : null}{t("eventDate.hint")}</>}
      error={error ? t(`eventDate.error_${error}`) : undefined}>
      <input ref={inputRef} type="date" className="officer-date" required min={EARLIEST_ACT_DAY} max={input.today}
        value={input.value} disabled={disabled} onChange={(e) => input.setValue(e.target.value)} />
    </FormField>
  );
}
