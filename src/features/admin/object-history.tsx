// One object's own audit history (a project, a target, a unit), newest first.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AuditTable } from "@/data/admin-audit-query";
import { useAudit } from "@/data/admin-audit-query";
import { AuditEntryView } from "@/features/admin/audit-entry";
import { QueryBlock } from "@/features/admin/query-block";

export function ObjectHistory({ table, rowId }: { table: AuditTable; rowId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useAudit({ table, rowId });
  return (
    <section className="admin-card" aria-labelledby={`history-${rowId}`}>
      <h3 id={`history-${rowId}`}>{t("admin.history.heading")}</h3>
      <QueryBlock query={query}>
        {(entries) => entries.length === 0
          ? <p>{t("admin.history.empty")}</p>
          : <ol className="audit-list">{entries.map((e) => <li key={e.id}><AuditEntryView entry={e} lang={lang} showObject={false} /></li>)}</ol>}
      </QueryBlock>
    </section>
  );
}
