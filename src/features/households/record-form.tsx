// A household form drawn from its field list: the officer's values, each field's error, and one
// change sent on "Lưu" (a new row when it has no version yet). A conflict shows the row's current
// values beside the form, which the officer may take; saving again then changes that version.

import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { HouseholdEventKind } from "@/domain/household-types";
import type { FieldErrors, FormResult } from "@/features/households/form-checks";
import type { FieldSpec } from "@/features/households/form-spec";
import { shownValue } from "@/features/households/form-spec";
import { ChangeOutcomeText } from "@/features/households/change-outcome";
import { FieldControl } from "@/features/households/field-control";
import { useChange } from "@/features/households/use-change";

/** The row as the detail holds it now: its values in the form's shape and its version. */
export interface CurrentRow<V> {
  readonly values: V;
  readonly version: number;
}

interface RecordFormProps<V, F extends string> {
  readonly title: string;
  readonly kind: HouseholdEventKind;
  /** The row's id (made here for a new row). */
  readonly rowId: string;
  readonly fields: readonly FieldSpec<V>[];
  readonly initial: V;
  /** The version the form was opened at; null for a new row. */
  readonly version: number | null;
  /** The row as it is now (null for a new row, or once it is gone). */
  readonly current: CurrentRow<V> | null;
  readonly validate: (values: V) => FormResult<F>;
  /** Called once the change is applied (or was already). */
  readonly onSaved: () => void;
  readonly onCancel: () => void;
  /** Controls of the form's own above the listed fields (the parcel picker). */
  readonly extra?: (values: V, set: (patch: Partial<V>) => void, errors: FieldErrors<F>) => ReactNode;
}

export function RecordForm<V, F extends string>(props: RecordFormProps<V, F>) {
  const { t } = useTranslation();
  const idBase = useId();
  const [values, setValues] = useState<V>(props.initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [baseVersion, setBaseVersion] = useState<number | null>(props.version);
  const [conflict, setConflict] = useState(false);
  const change = useChange();
  // the answer may come after the officer has moved on to another form (the mutation waits for
  // the page's refetches): a form no longer shown must not close the one that replaced it
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => { shown.current = false; };
  }, []);
  const set = (patch: Partial<V>) => {
    setValues((v) => ({ ...v, ...patch }));
    // a field's message goes once it is changed
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))) as FieldErrors<F>);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = props.validate(values);
    setErrors(result.errors ?? {});
    if (!result.data) return;
    const answer = await change.send({
      kind: props.kind, id: props.rowId, ...(baseVersion ? { expectedVersion: baseVersion } : {}), data: result.data,
    });
    if (!answer || !shown.current) return;
    if (answer.status === "applied" || answer.status === "duplicate") props.onSaved();
    else if (answer.status === "conflict") {
      setConflict(true);
      // saving again means "my values over the current version"
      if (answer.version !== null) setBaseVersion(answer.version);
    }
  }
  const errorCount = Object.keys(errors).length;
  const titleId = `${idBase}-title`;
  return (
    <form className="hh-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId} className="hh-form__title">{props.title}</h4>
      <fieldset className="hh-form__fields" disabled={change.pending}>
        {errorCount > 0 ? <p className="hh-notice hh-notice--error" role="alert">{t("households.form.fixErrors", { count: errorCount })}</p> : null}
        {props.extra?.(values, set, errors)}
        <div className="hh-form__grid">
          {props.fields.map((spec) => (
            <FieldControl key={spec.key} idBase={idBase} spec={spec} value={values[spec.key]}
              error={(errors as Partial<Record<string, FieldErrors<F>[F]>>)[spec.key]}
              onChange={(value) => set({ [spec.key]: value } as Partial<V>)} />
          ))}
        </div>
        <ChangeOutcomeText outcome={change.outcome} />
        {conflict ? <CurrentValues fields={props.fields} current={props.current}
          onTake={(c) => { setValues(c.values); setBaseVersion(c.version); setErrors({}); setConflict(false); change.clear(); }} /> : null}
        <div className="hh-form__actions">
          <button type="submit" className="button">{change.pending ? t("households.form.saving") : t("households.form.save")}</button>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>{t("households.form.cancel")}</button>
        </div>
      </fieldset>
    </form>
  );
}

function CurrentValues<V>({ fields, current, onTake }: {
  fields: readonly FieldSpec<V>[]; current: CurrentRow<V> | null; onTake: (current: CurrentRow<V>) => void;
}) {
  const { t } = useTranslation();
  if (!current) return <p className="hh-notice hh-notice--warn">{t("households.form.gone")}</p>;
  return (
    <div className="hh-current" role="region" aria-label={t("households.form.conflictCurrent")}>
      <h5>{t("households.form.conflictCurrent")}</h5>
      <dl className="hh-facts">
        {fields.map((spec) => (
          <div key={spec.key} className="hh-facts__row">
            <dt>{spec.label}</dt>
            <dd>{shownValue(spec, current.values[spec.key], t("households.form.yes"), t("households.form.no"), t("households.form.none"))}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button--secondary" onClick={() => onTake(current)}>{t("households.form.useCurrent")}</button>
    </div>
  );
}
