// Projects: the list (search, kind filter, retired ones apart) and, when one is opened, its form.

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AdminProject } from "@/data/admin-projects-query";
import { useAdminProjects } from "@/data/admin-projects-query";
import { formatDate, formatM2AsHa } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS, projectKindById } from "@/domain/project-kinds";
import { ProjectEditor } from "@/features/admin/project-editor";
import { QueryBlock } from "@/features/admin/query-block";

export function ProjectsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useAdminProjects();
  const [open, setOpen] = useState<string | null>(null) // a project id, or "new";
  // the message of a creation, shown by the form of the project it made
  const [flash, setFlash] = useState<string | null>(null);
  if (open !== null) {
    return (
      <QueryBlock query={query}>
        {(projects) => (
          <ProjectEditor key={open} project={open === "new" ? null : (projects.find((p) => p.id === open) ?? null)}
            canEdit={canEdit} flash={flash} onClose={() => { setOpen(null); setFlash(null); }}
            onCreated={(id, message) => { setFlash(message); setOpen(id); }} />
        )}
      </QueryBlock>
    );
  }
  return (
    <section aria-labelledby="admin-projects-heading">
      <div className="admin-section__head">
        <h2 id="admin-projects-heading">{t("admin.projects.heading")}</h2>
        {canEdit ? <button type="button" className="button" onClick={() => setOpen("new")}>{t("admin.projects.newProject")}</button> : null}
      </div>
      <QueryBlock query={query}>{(projects) => <ProjectList projects={projects} canEdit={canEdit} onOpen={setOpen} />}</QueryBlock>
    </section>
  );
}

function matches(p: AdminProject, search: string): boolean {
  const words = search.toLocaleLowerCase("vi").split(/\s+/).filter(Boolean);
  const text = `${p.code} ${p.name} ${p.investor ?? ""}`.toLocaleLowerCase("vi");
  return words.every((w) => text.includes(w));
}

function ProjectList({ projects, canEdit, onOpen }: { projects: readonly AdminProject[]; canEdit: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState("");
  const shown = useMemo(() => projects.filter((p) => (kind === "" || p.kind === kind) && matches(p, search)), [projects, kind, search]);
  const active = shown.filter((p) => p.retiredAt === null);
  const retired = shown.filter((p) => p.retiredAt !== null);
  return (
    <>
      <div className="admin-filters" role="search">
        <div className="field">
          <label htmlFor="admin-project-search">{t("admin.projects.search")}</label>
          <input id="admin-project-search" type="search" value={search} placeholder={t("admin.projects.searchHint")}
            onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="admin-project-kind">{t("admin.projects.kindFilter")}</label>
          <select id="admin-project-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t("admin.projects.allKinds")}</option>
            {PROJECT_KINDS.map((k) => <option key={k.id} value={k.id}>{labelIn(k, lang)}</option>)}
          </select>
        </div>
      </div>
      <p role="status" className="admin-count">{t("admin.projects.count", { count: active.length })}</p>
      {active.length === 0 ? <p>{t("admin.projects.empty")}</p> : <ProjectTable projects={active} lang={lang} canEdit={canEdit} onOpen={onOpen} />}
      <details className="admin-retired">
        <summary>{t("admin.projects.retiredHeading", { count: retired.length })}</summary>
        {retired.length === 0 ? <p>{t("admin.projects.retiredNone")}</p> : <ProjectTable projects={retired} lang={lang} canEdit={canEdit} onOpen={onOpen} />}
      </details>
    </>
  );
}

function ProjectTable({ projects, lang, canEdit, onOpen }: { projects: readonly AdminProject[]; lang: Lang; canEdit: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const geometryText = (p: AdminProject) => !p.geometry ? t("admin.projects.geometryNone")
    : p.geometry.type.endsWith("LineString") ? t("admin.projects.geometryLine") : t("admin.projects.geometryPolygon");
  return (
    <div className="admin-table-wrap">
      <table className="admin-table admin-table--stack">
        <thead>
          <tr>
            <th scope="col">{t("admin.projects.colCode")}</th>
            <th scope="col">{t("admin.projects.colName")}</th>
            <th scope="col">{t("admin.projects.colKind")}</th>
            <th scope="col">{t("admin.projects.colStatus")}</th>
            <th scope="col" className="num">{t("admin.projects.colArea")}</th>
            <th scope="col">{t("admin.projects.colDue")}</th>
            <th scope="col">{t("admin.projects.colGeometry")}</th>
            <th scope="col">{t("admin.projects.colActions")}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id}>
              <td className="admin-table__code" data-label={t("admin.projects.colCode")}>{p.code}</td>
              <td data-label={t("admin.projects.colName")}>{p.name}{p.retiredAt ? <span className="admin-badge">{t("admin.retire.badge")}</span> : null}</td>
              <td data-label={t("admin.projects.colKind")}>{labelIn(projectKindById(p.kind), lang)}</td>
              <td data-label={t("admin.projects.colStatus")}>{t(`admin.status.${p.status}`)}</td>
              <td className="num" data-label={t("admin.projects.colArea")}>{formatM2AsHa(p.areaToClearM2, lang)}</td>
              <td data-label={t("admin.projects.colDue")}>{formatDate(p.dueDate, lang)}</td>
              <td data-label={t("admin.projects.colGeometry")}>{geometryText(p)}</td>
              <td data-label={t("admin.projects.colActions")}>
                <button type="button" className="button button--secondary button--small" onClick={() => onOpen(p.id)}
                  aria-label={t(canEdit ? "admin.projects.editLabel" : "admin.projects.viewLabel", { code: p.code })}>
                  {canEdit ? t("admin.common.edit") : t("admin.common.view")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
