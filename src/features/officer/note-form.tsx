// "Ghi chú…": a note added to every selected parcel (its stage stays).

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { ActionInputProblems, ParcelAction } from "@/domain/parcel-actions";
import { isValid, validateAction } from "@/domain/parcel-actions";
import { FormField } from "@/features/officer/form-field";
import { inputErrorKey } from "@/features/officer/input-errors";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface NoteFormProps {
  readonly initial: string;
  readonly onSubmit: (action: ParcelAction) => void;
  readonly onCancel: () => void;
}

/** The note text; submits an addNote action when it is not empty. */
export function NoteForm({ initial, onSubmit, onCancel }: NoteFormProps) {
  const { t } = useOfficerText();
  const id = useId();
  const [note, setNote] = useState(initial);
  const [problems, setProblems] = useState<ActionInputProblems>({});
  const noteRef = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const action: ParcelAction = { kind: "addNote", note };
    const found = validateAction([], action);
    setProblems(found);
    if (!isValid(found)) return noteRef.current?.focus();
    onSubmit(action);
  }

  return (
    <form noValidate onSubmit={submit}>
      <FormField id={`${id}-note`} label={t("officer.noteLabel")}
        error={problems.note ? t(inputErrorKey(problems.note, "addNote")) : undefined}>
        <textarea ref={noteRef} rows={4} value={note} required maxLength={2000} data-autofocus
          onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <div className="officer-dialog__buttons">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t("officer.cancel")}</button>
        <button type="submit" className="button">{t("officer.next")}</button>
      </div>
    </form>
  );
}
