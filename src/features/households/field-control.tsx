// One labelled control of a household form, with its hint and its error tied to it for screen
// readers (aria-describedby, aria-invalid).

import { useTranslation } from "react-i18next";
import type { FieldSpec } from "@/features/households/form-spec";
import type { FieldError } from "@/features/households/form-checks";

interface FieldControlProps<V> {
  readonly idBase: string;
  readonly spec: FieldSpec<V>;
  readonly value: unknown;
  readonly error: FieldError | undefined;
  readonly onChange: (value: string | boolean) => void;
}

export function FieldControl<V>({ idBase, spec, value, error, onChange }: FieldControlProps<V>) {
  const { t } = useTranslation();
  const id = `${idBase}-${spec.key}`;
  const describedBy = [spec.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  const text = typeof value === "string" ? value : "";
  let control;
  if (spec.type === "checkbox") {
    control = <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
  } else if (spec.type === "select") {
    control = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        {(spec.choices ?? []).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    );
  } else if (spec.type === "textarea") {
    control = <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = (
      <input {...common} type={spec.type === "date" ? "date" : "text"} value={text}
        inputMode={spec.type === "number" ? "decimal" : undefined} autoComplete="off"
        onChange={(e) => onChange(e.target.value)} />
    );
  }
  return (
    <div className={`field hh-field${spec.type === "checkbox" ? " hh-field--check" : ""}${spec.wide ? " hh-field--wide" : ""}`}>
      <label htmlFor={id}>{spec.label}</label>
      {control}
      {spec.hint ? <p id={`${id}-hint`} className="hh-field__hint">{spec.hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{t(`households.errors.${error}`, { field: spec.label })}</p> : null}
    </div>
  );
}
