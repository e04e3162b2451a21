// "Ngày thực hiện": the day of the legal act, which dates every event of the action. One field
// for every action, so the rules and texts are written once.

import { useId } from "react";
import type { RefObject } from "react";
import type { ActDateError } from "@/domain/act-date";
import { EARLIEST_ACT_DAY } from "@/domain/act-date";
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
  const { t } = useOfficerText();
  const id = useId();
  return (
    <FormField id={id} label={t("eventDate.label")} hint={t("eventDate.hint")}
      error={error ? t(`eventDate.error_${error}`) : undefined}>
      <input ref={inputRef} type="date" className="officer-date" required min={EARLIEST_ACT_DAY} max={input.today}
        value={input.value} disabled={disabled} onChange={(e) => input.setValue(e.target.value)} />
    </FormField>
  );
}
