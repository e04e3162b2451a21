// The audit log: newest first, filtered by table, who and date, each entry with its changed
// fields before → after.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AuditFilter, AuditTable } from "@/data/admin-audit-query";
import { AUDIT_PAGE_SIZE, AUDIT_TABLES, useAudit } from "@/data/admin-audit-query";
import { AuditEntryView } from "@/features/admin/audit-entry";
import { QueryBlock } from "@/features/admin/query-block";

export function AuditSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const [table, setTable] = useState<AuditTable | "">("");
  const [who, setWho] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const badOrder = from !== "" && to !== "" && to < from;
  const filter: AuditFilter = { table: table || null, who: who.trim() || null, from: from || null, to: to || null };
  const query = useAudit(filter, !badOrder);
  return (
    <section aria-labelledby="admin-audit-heading">
      <h2 id="admin-audit-heading">{t("admin.audit.heading")}</h2>
      <form className="admin-filters" role="search" aria-label={t("admin.audit.filters")} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-table">{t("admin.audit.table")}</label>
          <select id="audit-table" value={table} onChange={(e) => setTable(e.target.value as AuditTable | "")}>
            <option value="">{t("admin.audit.allTables")}</option>
            {AUDIT_TABLES.map((x) => <option key={x} value={x}>{t(`admin.audit.tables.${x}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-who">{t("admin.audit.who")}</label>
          <input id="audit-who" type="search" value={who} onChange={(e) => setWho(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("admin.audit.from")}</label>
          <input id="audit-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("admin.audit.to")}</label>
          <input id="audit-to" type="date" value={to} aria-invalid={badOrder || undefined}
            aria-describedby={badOrder ? "audit-to-error" : undefined} onChange={(e) => setTo(e.target.value)} />
          {badOrder ? <p id="audit-to-error" className="field-error">{t("admin.audit.dateOrder")}</p> : null}
        </div>
      </form>
      {badOrder ? null : (
        <QueryBlock query={query}>
          {(entries) => entries.length === 0 ? <p>{t("admin.audit.empty")}</p> : (
            <>
              {entries.length >= AUDIT_PAGE_SIZE ? <p className="admin-field__hint">{t("admin.audit.limit", { count: AUDIT_PAGE_SIZE })}</p> : null}
              <ol className="audit-list">
                {entries.map((e) => <li key={e.id}><AuditEntryView entry={e} lang={lang} showObject /></li>)}
              </ol>
            </>
          )}
        </QueryBlock>
      )}
    </section>
  );
}
