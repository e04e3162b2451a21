// Retiring a project (with a reason) or making it active again.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AdminProject } from "@/data/admin-projects-query";
import { useSetProjectRetired } from "@/data/admin-projects-query";
import { AdminField } from "@/features/admin/admin-field";
import { writeErrorText } from "@/features/admin/write-error-text";

export function RetirePanel({ project, onDone }: { project: AdminProject; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const mutation = useSetProjectRetired();
  function retire(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    if (reason.trim() === "") {
      setError(t("admin.error.reason_required"));
      return;
    }
    setError(null);
    mutation.mutate({ id: project.id, reason: reason.trim() }, { onSuccess: () => onDone(t("admin.retire.retired", { code: project.code })) });
  }
  if (project.retiredAt) {
    return (
      <section className="admin-card" aria-labelledby="retire-heading">
        <h3 id="retire-heading">{t("admin.retire.badge")}</h3>
        <button type="button" className="button button--secondary" disabled={mutation.isPending}
          onClick={() => mutation.mutate({ id: project.id, reason: null }, { onSuccess: () => onDone(t("admin.retire.unretired", { code: project.code })) })}>
          {t("admin.retire.unretire")}
        </button>
        {mutation.isError ? <p className="admin-notice admin-notice--error" role="alert">{writeErrorText(t, mutation.error)}</p> : null}
      </section>
    );
  }
  return (
    <form className="admin-card" onSubmit={retire} noValidate aria-labelledby="retire-heading">
      <h3 id="retire-heading">{t("admin.retire.heading")}</h3>
      <p>{t("admin.retire.intro")}</p>
      <AdminField id="retire-reason" label={t("admin.retire.reason")} hint={t("admin.retire.reasonHint")} error={error ?? undefined}>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </AdminField>
      {mutation.isError ? <p className="admin-notice admin-notice--error" role="alert">{writeErrorText(t, mutation.error)}</p> : null}
      <button type="submit" className="button button--danger" disabled={mutation.isPending}>{t("admin.retire.confirm")}</button>
    </form>
  );
}
