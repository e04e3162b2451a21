// Accounts: grant a role and an area to an email (pending until that person signs in), the list
// of grants with their status and last sign-in, and revoking. The signed-in admin's own rows
// cannot be changed (the database refuses it too). Leaders do not get the list: emails and
// sign-in times are personal data, for admins only.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AccountGrant } from "@/data/admin-accounts-query";
import { useAccounts, useGrantRole, useRevokeRole } from "@/data/admin-accounts-query";
import { useAdminUnits } from "@/data/admin-units-query";
import { useMyAccess } from "@/data/my-access-query";
import { formatDateTime } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import type { RoleId } from "@/domain/roles";
import { ROLES } from "@/domain/roles";
import { AdminField } from "@/features/admin/admin-field";
import { QueryBlock } from "@/features/admin/query-block";
import { writeErrorText } from "@/features/admin/write-error-text";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function AccountsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useAccounts(canEdit);
  return (
    <section aria-labelledby="admin-accounts-heading">
      <h2 id="admin-accounts-heading">{t("admin.accounts.heading")}</h2>
      {!canEdit ? <p className="admin-notice admin-notice--info">{t("admin.accounts.leaderNote")}</p> : (
        <>
          <GrantForm />
          <h3>{t("admin.accounts.listHeading")}</h3>
          <QueryBlock query={query}>{(rows) => <AccountList rows={rows} />}</QueryBlock>
        </>
      )}
    </section>
  );
}

function GrantForm() {
  const { t } = useTranslation();
  const units = useAdminUnits().data ?? [];
  const myEmail = useMyAccess().data?.email?.toLowerCase() ?? null;
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleId>("officer");
  const [unit, setUnit] = useState("");
  const [errors, setErrors] = useState<{ email?: string; unit?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const grant = useGrantRole();
  const lang = useLang();
  function submit(event: FormEvent) {
    event.preventDefault();
    grant.reset();
    setMessage(null);
    const typed = email.trim().toLowerCase();
    const next: typeof errors = {};
    if (!EMAIL.test(typed)) next.email = t("admin.error.email_invalid");
    else if (typed === myEmail) next.email = t("admin.error.own_role");
    if (role === "officer" && unit === "") next.unit = t("admin.error.unit_required_officer");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    grant.mutate({ email: typed, role, adminUnitId: unit || null }, {
      onSuccess: (r) => {
        setMessage(t(r.pending ? "admin.accounts.grantedPending" : "admin.accounts.grantedActive", { email: typed }));
        setEmail("");
      },
    });
  }
  return (
    <form className="admin-card" onSubmit={submit} noValidate aria-labelledby="grant-heading">
      <h3 id="grant-heading">{t("admin.accounts.grantHeading")}</h3>
      <p className="admin-field__hint">{t("admin.accounts.grantIntro")}</p>
      <fieldset className="admin-form__all admin-grid" disabled={grant.isPending}>
        <AdminField id="grant-email" label={t("admin.accounts.email")} error={errors.email}>
          <input type="email" value={email} autoComplete="off" onChange={(e) => setEmail(e.target.value)} />
        </AdminField>
        <AdminField id="grant-role" label={t("admin.accounts.role")}>
          <select value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
            {ROLES.map((r) => <option key={r.id} value={r.id}>{labelIn(r, lang)}</option>)}
          </select>
        </AdminField>
        <AdminField id="grant-unit" label={t("admin.accounts.area")} hint={t("admin.accounts.areaHint")} error={errors.unit}>
          <select value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t("admin.accounts.areaNone")}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.id})</option>)}
          </select>
        </AdminField>
        {grant.isError ? <p className="admin-notice admin-notice--error admin-grid__wide" role="alert">{writeErrorText(t, grant.error)}</p> : null}
        {message ? <p className="admin-notice admin-notice--ok admin-grid__wide" role="status">{message}</p> : null}
        <div className="admin-form__actions admin-grid__wide">
          <button type="submit" className="button">{grant.isPending ? t("admin.common.saving") : t("admin.accounts.grant")}</button>
        </div>
      </fieldset>
    </form>
  );
}

function AccountList({ rows }: { rows: readonly AccountGrant[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const revoke = useRevokeRole();
  const [message, setMessage] = useState<string | null>(null);
  if (rows.length === 0) return <p>{t("admin.accounts.empty")}</p>;
  const roleLabel = (id: RoleId) => labelIn(ROLES.find((r) => r.id === id)!, lang);
  return (
    <>
      {message ? <p className="admin-notice admin-notice--ok" role="status">{message}</p> : null}
      {revoke.isError ? <p className="admin-notice admin-notice--error" role="alert">{writeErrorText(t, revoke.error)}</p> : null}
      <div className="admin-table-wrap">
        <table className="admin-table admin-table--stack">
          <thead>
            <tr>
              <th scope="col">{t("admin.accounts.colEmail")}</th>
              <th scope="col">{t("admin.accounts.colRole")}</th>
              <th scope="col">{t("admin.accounts.colArea")}</th>
              <th scope="col">{t("admin.accounts.colStatus")}</th>
              <th scope="col">{t("admin.accounts.colLastSignIn")}</th>
              <th scope="col">{t("admin.accounts.colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="admin-table__email" data-label={t("admin.accounts.colEmail")}>{r.email}</td>
                <td data-label={t("admin.accounts.colRole")}>{roleLabel(r.role)}</td>
                <td data-label={t("admin.accounts.colArea")}>{r.adminUnitId ? `${r.adminUnitName ?? ""} (${r.adminUnitId})` : t("admin.accounts.areaNone")}</td>
                <td data-label={t("admin.accounts.colStatus")}><span className={`admin-badge admin-badge--${r.status}`}>{t(`admin.accounts.status.${r.status}`)}</span></td>
                <td data-label={t("admin.accounts.colLastSignIn")}>{r.lastSignInAt ? formatDateTime(r.lastSignInAt, lang) : t("admin.accounts.never")}</td>
                <td data-label={t("admin.accounts.colActions")}>
                  {r.isSelf ? <span className="admin-field__hint">{t("admin.accounts.self")}</span> : (
                    <button type="button" className="button button--secondary button--small" disabled={revoke.isPending}
                      aria-label={t("admin.accounts.revokeLabel", { role: roleLabel(r.role), email: r.email })}
                      onClick={() => {
                        setMessage(null);
                        if (!window.confirm(t("admin.accounts.revokeConfirm", { role: roleLabel(r.role), email: r.email }))) return;
                        revoke.mutate(r.id, { onSuccess: () => setMessage(t("admin.accounts.revoked", { email: r.email })) });
                      }}>
                      {t("admin.accounts.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
