// One user's changes in a window (by when they were recorded), exportable; for leaders and admins
// the revert form under it. Officers pick only themselves (audit_users answers so).

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ExportButtons } from "@/components/export-buttons";
import { useSignedInUser } from "@/data/auth-session";
import { AUDIT_USER_LIMIT, useAuditUser } from "@/data/audit-user-query";
import { useAuditUsers } from "@/data/audit-users-query";
import { auditEventsModel } from "@/domain/audit-tables";
import { AUDIT_WINDOW_DAYS } from "@/domain/audit-window";
import { AuditEventList } from "@/features/audit/audit-event-list";
import { QueryState } from "@/features/audit/query-state";
import { RevertPanel } from "@/features/audit/revert-panel";
import { useWindowForm } from "@/features/audit/use-window-form";

export function AuditUserSection({ mayRevert }: { mayRevert: boolean }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const users = useAuditUsers();
  const form = useWindowForm(me?.id ?? null);
  const query = useAuditUser(form.asked);
  const model = useMemo(() => auditEventsModel("nhat-ky-nguoi-dung"), []);
  const options = users.data ?? (me ? [{ userId: me.id, email: me.email ?? me.id }] : []);
  return (
    <section aria-labelledby="audit-user-heading">
      <h2 id="audit-user-heading">{t("audit.user.heading")}</h2>
      <form className="audit-filters" aria-label={t("audit.user.filters")} onSubmit={(e) => { e.preventDefault(); form.submit(); }}>
        <div className="field">
          <label htmlFor="audit-who">{t("audit.user.who")}</label>
          <select id="audit-who" value={form.userId ?? ""} onChange={(e) => form.setUserId(e.target.value)}>
            {options.map((u) => (
              <option key={u.userId} value={u.userId}>{u.userId === me?.id ? t("audit.user.me", { email: u.email }) : u.email}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("audit.user.from")}</label>
          <input id="audit-from" type="datetime-local" value={form.from} onChange={(e) => form.setFrom(e.target.value)}
            aria-invalid={form.problem !== null || undefined} aria-describedby="audit-window-note" />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("audit.user.to")}</label>
          <input id="audit-to" type="datetime-local" value={form.to} onChange={(e) => form.setTo(e.target.value)}
            aria-invalid={form.problem !== null || undefined} aria-describedby="audit-window-note" />
        </div>
        <button type="submit" className="button" disabled={form.problem !== null || !form.userId}>{t("audit.user.show")}</button>
      </form>
      <p id="audit-window-note" className={form.problem ? "field-error" : "audit-hint"}>
        {form.problem ? t(`audit.window.${form.problem}`, { days: AUDIT_WINDOW_DAYS }) : t("audit.user.windowHint", { days: AUDIT_WINDOW_DAYS })}
      </p>
      {form.asked ? (
        <QueryState query={query}>
          {(events) => events.length === 0 ? <p>{t("audit.user.empty")}</p> : (
            <>
              <div className="audit-toolbar">
                <p className="audit-subject">{t("audit.user.count", { count: events.length })}</p>
                <ExportButtons model={model} rows={events} day={null} what={t("audit.user.exportWhat")} />
              </div>
              {events.length >= AUDIT_USER_LIMIT ? <p className="audit-hint">{t("audit.user.limit", { count: AUDIT_USER_LIMIT })}</p> : null}
              <AuditEventList events={events} showParcel />
            </>
          )}
        </QueryState>
      ) : null}
      {mayRevert && form.asked ? <RevertPanel key={`${form.asked.userId}|${form.asked.from.getTime()}|${form.asked.to.getTime()}`} window={form.asked} /> : null}
    </section>
  );
}
