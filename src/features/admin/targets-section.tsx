// Targets: the list with each target's meaning in a sentence, and the form of the one opened.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AdminTarget } from "@/data/admin-targets-query";
import { useAdminTargets } from "@/data/admin-targets-query";
import { formatDate } from "@/domain/format";
import { QueryBlock } from "@/features/admin/query-block";
import { describeTarget } from "@/features/admin/target-form-model";
import { TargetEditor } from "@/features/admin/target-editor";
import { useTargetNames } from "@/features/admin/use-target-names";

export function TargetsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useAdminTargets();
  const [open, setOpen] = useState<string | null>(null) // a target id, or "new";
  if (open !== null) {
    return (
      <QueryBlock query={query}>
        {(targets) => <TargetEditor key={open} target={open === "new" ? null : (targets.find((x) => x.id === open) ?? null)}
          canEdit={canEdit} onClose={() => setOpen(null)} onCreated={setOpen} />}
      </QueryBlock>
    );
  }
  return (
    <section aria-labelledby="admin-targets-heading">
      <div className="admin-section__head">
        <h2 id="admin-targets-heading">{t("admin.targets.heading")}</h2>
        {canEdit ? <button type="button" className="button" onClick={() => setOpen("new")}>{t("admin.targets.newTarget")}</button> : null}
      </div>
      <QueryBlock query={query}>{(targets) => <TargetList targets={targets} canEdit={canEdit} onOpen={setOpen} />}</QueryBlock>
    </section>
  );
}

function TargetList({ targets, canEdit, onOpen }: { targets: readonly AdminTarget[]; canEdit: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = useTargetNames();
  if (targets.length === 0) return <p>{t("admin.targets.empty")}</p>;
  return (
    <ul className="admin-cards">
      {targets.map((target) => (
        <li key={target.id} className="admin-card">
          <h3>{lang === "en" && target.nameEn ? target.nameEn : target.name}</h3>
          <p className="admin-sentence">{describeTarget(target, lang, names)}</p>
          <p className="admin-meta">
            {t("admin.targets.colDue")}: {formatDate(target.dueDate, lang)} · {t("admin.targets.colSource")}: {target.source ?? t("admin.common.none")}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={() => onOpen(target.id)}
            aria-label={t(canEdit ? "admin.targets.editLabel" : "admin.targets.viewLabel", { name: target.name })}>
            {canEdit ? t("admin.common.edit") : t("admin.common.view")}
          </button>
        </li>
      ))}
    </ul>
  );
}
