// "Vướng mắc…": record a blocker (reason and who must act) on the selected parcels, or clear it.

import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { ActionInputProblems, ActionParcel, ParcelAction } from "@/domain/parcel-actions";
import { isValid, validateAction } from "@/domain/parcel-actions";
import { ActDateField } from "@/features/officer/act-date-field";
import { FormField } from "@/features/officer/form-field";
import { inputErrorKey } from "@/features/officer/input-errors";
import { currentDay, useActDate } from "@/features/officer/use-act-date";
import { useOfficerText } from "@/features/officer/use-officer-text";

// Suggestions only (stored text is Vietnamese whatever the UI language); any text is accepted.
const COMMON_REASONS = [
  "Tranh chấp nguồn gốc đất",
  "Khiếu nại, tố cáo",
  "Khiếu nại về đơn giá bồi thường",
  "Chưa bố trí được đất tái định cư",
  "Phải di dời mồ mả",
  "Chủ sử dụng đất vắng mặt",
];

interface BlockerFormProps {
  readonly parcels: readonly ActionParcel[];
  readonly initial: ParcelAction | null;
  readonly onSubmit: (action: ParcelAction) => void;
  readonly onCancel: () => void;
}

/** The blocker fields; starts from the selection's common blocker when all share one. */
export function BlockerForm({ parcels, initial, onSubmit, onCancel }: BlockerFormProps) {
  const { t } = useOfficerText();
  const id = useId();
  const common = parcels.length > 0 && parcels.every((p) => p.blocked && p.blockerReason === parcels[0]?.blockerReason &&
    p.blockerResponsible === parcels[0]?.blockerResponsible) ? parcels[0] : undefined;
  const anyBlocked = parcels.some((p) => p.blocked);
  const [clear, setClear] = useState(initial?.kind === "clearBlocker");
  const [reason, setReason] = useState(initial?.kind === "setBlocker" ? initial.reason : (common?.blockerReason ?? ""));
  const [responsible, setResponsible] = useState(
    initial?.kind === "setBlocker" ? initial.responsible : (common?.blockerResponsible ?? ""));
  const [problems, setProblems] = useState<ActionInputProblems>({});
  const reasonRef = useRef<HTMLInputElement>(null);
  const responsibleRef = useRef<HTMLInputElement>(null);
  const [date, dateRef] = useActDate(initial?.actedOn);

  function submit(event: FormEvent) {
    event.preventDefault();
    const action: ParcelAction = clear
      ? { kind: "clearBlocker", actedOn: date.value }
      : { kind: "setBlocker", reason, responsible, actedOn: date.value };
    const found = validateAction(parcels, action, currentDay());
    setProblems(found);
    if (found.reason) return reasonRef.current?.focus();
    if (found.responsible) return responsibleRef.current?.focus();
    if (found.date) return date.focus();
    if (isValid(found)) onSubmit(action);
  }

  const error = (key: "reason" | "responsible") => {
    const code = problems[key];
    return code ? t(inputErrorKey(code, "setBlocker")) : undefined;
  };
  return (
    <form noValidate onSubmit={submit}>
      <fieldset className="officer-choice">
        <legend>{t("officer.blockerModeLabel")}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={!clear} onChange={() => setClear(false)} data-autofocus />
          {t("officer.blockerSet")}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={clear} disabled={!anyBlocked} onChange={() => setClear(true)} />
          {t("officer.blockerClear")}
        </label>
      </fieldset>
      {clear ? null : (
        <>
          <FormField id={`${id}-reason`} label={t("officer.reasonLabel")} error={error("reason")}>
            <input ref={reasonRef} type="text" list={`${id}-reasons`} value={reason} maxLength={500}
              autoComplete="off" onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <datalist id={`${id}-reasons`}>
            {COMMON_REASONS.map((r) => <option key={r} value={r} />)}
          </datalist>
          <FormField id={`${id}-responsible`} label={t("officer.responsibleLabel")} error={error("responsible")}>
            <input ref={responsibleRef} type="text" value={responsible} maxLength={200}
              onChange={(e) => setResponsible(e.target.value)} />
          </FormField>
        </>
      )}
      <ActDateField input={date} inputRef={dateRef} error={problems.date} />
      <div className="officer-dialog__buttons">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t("officer.cancel")}</button>
        <button type="submit" className="button">{t("officer.next")}</button>
      </div>
    </form>
  );
}
