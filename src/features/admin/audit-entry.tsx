// One audit entry: when, who, what was done to which object, and the changed fields before → after.
// An edit shows its changes; a creation or a deletion (every field at once) folds them away.

import { useTranslation } from "react-i18next";
import type { AuditEntry } from "@/data/admin-audit-query";
import { formatDateTime } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { changedFields } from "@/features/admin/audit-diff";
import type { FieldChange } from "@/features/admin/audit-diff";
import { useFieldLabel, useValueLabel } from "@/features/admin/field-labels";

/** The object's name as the row says it (a project's code and name, a unit's name, a grant's email). */
function objectName(entry: AuditEntry): string {
  const row = entry.after ?? entry.before ?? {};
  const text = (key: string) => (typeof row[key] === "string" ? row[key] : null);
  const code = text("code");
  const name = text("name") ?? text("email") ?? text("as_of");
  return [code, name].filter(Boolean).join(" – ") || entry.rowId;
}

export function AuditEntryView({ entry, lang, showObject }: { entry: AuditEntry; lang: Lang; showObject: boolean }) {
  const { t } = useTranslation();
  const changes = changedFields(entry.before, entry.after);
  return (
    <article className="audit-entry">
      <p className="audit-entry__head">
        <strong>{t(`admin.audit.op.${entry.op}`)}</strong>
        {showObject ? <> · {t(`admin.audit.tables.${entry.table}`)}: {objectName(entry)}</> : null}
        <span className="audit-entry__meta">
          {" · "}<time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, lang)}</time>
          {" · "}{entry.actorEmail ?? t("admin.history.system")}
        </span>
      </p>
      {changes.length === 0 ? <p className="audit-entry__none">{t("admin.audit.noChanges")}</p>
        : entry.op === "update" ? <Changes entry={entry} changes={changes} />
        : (
          <details>
            <summary>{t("admin.audit.fields", { count: changes.length })}</summary>
            <Changes entry={entry} changes={changes} />
          </details>
        )}
    </article>
  );
}

function Changes({ entry, changes }: { entry: AuditEntry; changes: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const value = useValueLabel();
  const shown = (field: string, text: string) => (text ? value(field, text) : t("admin.audit.empty_value"));
  return (
    <dl className="audit-changes">
      {changes.map((c) => (
        <div key={c.field} className="audit-changes__row">
          <dt>{label(entry.table, c.field)}</dt>
          <dd>
            {entry.op === "update" ? (
              <>
                <span className="audit-changes__before">{shown(c.field, c.before)}</span>
                <span aria-hidden="true"> {t("admin.audit.arrow")} </span>
                <span className="visually-hidden"> → </span>
                <span className="audit-changes__after">{shown(c.field, c.after)}</span>
              </>
            ) : <span>{shown(c.field, entry.op === "insert" ? c.after : c.before)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
