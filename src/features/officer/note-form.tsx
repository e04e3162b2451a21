// "Ghi chú…": a note added to every selected parcel (its stage stays).

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { ActionInputProblems, ParcelAction } from "@/domain/parcel-actions";
import { isValid, validateAction } from "@/domain/parcel-actions";
import { ActDateField } from "@/features/officer/act-date-field";
import { FormField } from "@/features/officer/form-field";
import { inputErrorKey } from "@/features/officer/input-errors";
import { currentDay, useActDate } from "@/features/officer/use-act-date";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface NoteFormProps {
  readonly initial: { note: string; actedOn?: string | undefined };
  readonly onSubmit: (action: ParcelAction) => void;
  readonly onCancel: () => void;
}

/** The note text; submits an addNote action when it is not empty. */
export function NoteForm({ initial, onSubmit, onCancel }: NoteFormProps) {
  const { t } = useOfficerText();
  const id = useId();
  const [note, setNote] = useState(initial.note);
  const [problems, setProblems] = useState<ActionInputProblems>({});
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [date, dateRef] = useActDate(initial.actedOn);

  function submit(event: FormEvent) {
    event.preventDefault();
    const action: ParcelAction = { kind: "addNote", note, actedOn: date.value };
    const found = validateAction([], action, currentDay());
    setProblems(found);
    if (found.note) return noteRef.current?.focus();
    if (found.date) return date.focus();
    if (isValid(found)) onSubmit(action);
  }

  return (
    <form noValidate onSubmit={submit}>
      <FormField id={`${id}-note`} label={t("officer.noteLabel")}
        error={problems.note ? t(inputErrorKey(problems.note, "addNote")) : undefined}>
        <textarea ref={noteRef} rows={4} value={note} required maxLength={2000} data-autofocus
          onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <ActDateField input={date} inputRef={dateRef} error={problems.date} />
      <div className="officer-dialog__buttons">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t("officer.cancel")}</button>
        <button type="submit" className="button">{t("officer.next")}</button>
      </div>
    </form>
  );
}
