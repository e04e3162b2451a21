// "Đặt bước…": choose a stage for the selected parcels, with a note that is required as soon as
// one of them would skip stages or move back (a correction).

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { ActionInputProblems, ActionParcel, ParcelAction } from "@/domain/parcel-actions";
import { isValid, setStageNeedsNote, validateAction } from "@/domain/parcel-actions";
import type { StageId } from "@/domain/stages";
import { isStageId, STAGE_IDS } from "@/domain/stages";
import { ActDateField } from "@/features/officer/act-date-field";
import { FormField } from "@/features/officer/form-field";
import { inputErrorKey } from "@/features/officer/input-errors";
import { currentDay, useActDate } from "@/features/officer/use-act-date";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface StageFormProps {
  readonly parcels: readonly ActionParcel[];
  readonly initial: { to: StageId | ""; note: string; actedOn?: string | undefined };
  readonly onSubmit: (action: ParcelAction) => void;
  readonly onCancel: () => void;
}

/** The stage picker and note; submits a setStage action once its inputs are valid. */
export function StageForm({ parcels, initial, onSubmit, onCancel }: StageFormProps) {
  const { t, stage } = useOfficerText();
  const id = useId();
  const [to, setTo] = useState<StageId | "">(initial.to);
  const [note, setNote] = useState(initial.note);
  const [problems, setProblems] = useState<ActionInputProblems & { stage?: boolean }>({});
  const stageRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [date, dateRef] = useActDate(initial.actedOn);
  const needsNote = to !== "" && setStageNeedsNote(parcels, to);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (to === "") {
      setProblems({ stage: true });
      return stageRef.current?.focus();
    }
    const action: ParcelAction = { kind: "setStage", to, note, actedOn: date.value };
    const found = validateAction(parcels, action, currentDay());
    setProblems(found);
    if (found.note) return noteRef.current?.focus();
    if (found.date) return date.focus();
    if (isValid(found)) onSubmit(action);
  }

  return (
    <form noValidate onSubmit={submit}>
      <FormField id={`${id}-stage`} label={t("officer.stageLabel")}
        error={problems.stage ? t("officer.error_stage_required") : undefined}>
        <select ref={stageRef} value={to} data-autofocus
          onChange={(e) => setTo(isStageId(e.target.value) ? e.target.value : "")}>
          <option value="">—</option>
          {STAGE_IDS.map((s) => <option key={s} value={s}>{stage(s)}</option>)}
        </select>
      </FormField>
      <FormField id={`${id}-note`} label={t("officer.noteLabel")}
        hint={needsNote ? t("officer.noteRequiredHint") : t("officer.noteOptionalHint")}
        error={problems.note ? t(inputErrorKey(problems.note, "setStage")) : undefined}>
        <textarea ref={noteRef} rows={3} value={note} required={needsNote} maxLength={2000}
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
