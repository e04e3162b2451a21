// One target's form in the targets model, with the sentence of what it means as it is typed.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AdminTarget } from "@/data/admin-targets-query";
import { useSaveTarget } from "@/data/admin-targets-query";
import { ObjectHistory } from "@/features/admin/object-history";
import type { TargetFormErrors, TargetFormValues } from "@/features/admin/target-form-model";
import { describeTarget, emptyTargetForm, targetToForm, validateTargetForm } from "@/features/admin/target-form-model";
import { TargetFields } from "@/features/admin/target-fields";
import { useTargetNames } from "@/features/admin/use-target-names";
import { writeErrorText } from "@/features/admin/write-error-text";

interface TargetEditorProps {
  readonly target: AdminTarget | null;
  readonly canEdit: boolean;
  readonly onClose: () => void;
  readonly onCreated: (id: string) => void;
}

export function TargetEditor({ target, canEdit, onClose, onCreated }: TargetEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = useTargetNames();
  const [values, setValues] = useState<TargetFormValues>(() => (target ? targetToForm(target, lang) : emptyTargetForm()));
  const [errors, setErrors] = useState<TargetFormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveTarget();
  const set = <K extends keyof TargetFormValues>(key: K, value: TargetFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // a field's message goes once it is changed; bounds and period are checked as pairs
    const pairs: readonly (readonly string[])[] = [["min", "max", "minExclusive", "maxExclusive", "measure"], ["periodStart", "periodEnd"]];
    const related = pairs.find((p) => p.includes(key)) ?? [key];
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !related.includes(field))));
  };
  const preview = validateTargetForm(values, false, lang);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    save.reset();
    const result = validateTargetForm(values, target === null, lang);
    setErrors(result.errors ?? {});
    if (!result.fields) return;
    save.mutate({ id: target?.id ?? null, fields: result.fields }, {
      onSuccess: (id) => (target ? setMessage(t("admin.targetForm.saved")) : onCreated(id)),
    });
  }
  const errorCount = Object.keys(errors).length;
  return (
    <section className="admin-editor" aria-labelledby="target-editor-title">
      <button type="button" className="button button--ghost" onClick={onClose}>← {t("admin.targetForm.back")}</button>
      <h2 id="target-editor-title">{target ? `${t("admin.targetForm.titleEdit")}: ${target.name}` : t("admin.targetForm.titleNew")}</h2>
      {message ? <p className="admin-notice admin-notice--ok" role="status">{message}</p> : null}
      <div className="admin-card admin-meaning" aria-live="polite">
        <h3>{t("admin.targetForm.meaning")}</h3>
        <p className="admin-sentence">{preview.fields ? describeTarget(preview.fields, lang, names) : t("admin.common.none")}</p>
      </div>
      <form className="admin-form" onSubmit={submit} noValidate>
        <fieldset className="admin-form__all" disabled={!canEdit || save.isPending}>
          {errorCount > 0 ? <p className="admin-notice admin-notice--error" role="alert">{t("admin.common.fixErrors", { count: errorCount })}</p> : null}
          <TargetFields values={values} errors={errors} set={set} isNew={target === null} />
          {save.isError ? <p className="admin-notice admin-notice--error" role="alert">{writeErrorText(t, save.error)}</p> : null}
          {canEdit ? (
            <div className="admin-form__actions">
              <button type="submit" className="button">{save.isPending ? t("admin.common.saving") : t("admin.common.save")}</button>
              <button type="button" className="button button--secondary" onClick={onClose}>{t("admin.common.cancel")}</button>
            </div>
          ) : null}
        </fieldset>
      </form>
      {target ? <ObjectHistory table="targets" rowId={target.id} /> : null}
    </section>
  );
}
