// /households/items: per project, its graves and utilities to move, each with its total, the
// figure moved and the day of its latest progress entry on or before the day chosen
// (project_items_list); officers of an item's commune record dated progress, and officers add
// items in their area (record_household_events item.save / item_progress.save).

import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useSignedInUser } from "@/data/auth-session";
import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import { useCommunes } from "@/data/communes-query";
import { useProjectItems } from "@/data/project-items-query";
import { useProjects } from "@/data/projects-query";
import { useAccess } from "@/data/use-access";
import { dayInVietnam } from "@/domain/clock";
import { formatDate, formatNumber } from "@/domain/format";
import { ItemKindTotals } from "@/features/project-items/item-kind-totals";
import { ItemProgressForm } from "@/features/project-items/item-progress-form";
import { NewItemForm } from "@/features/project-items/new-item-form";
import "@/features/project-items/project-items.css";

export function ProjectItemsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const user = useSignedInUser();
  const access = useAccess();
  const today = dayInVietnam(new Date());
  const projects = useProjects();
  const communes = useCommunes();
  const [projectId, setProjectId] = useState("");
  const [day, setDay] = useState(today);
  const [open, setOpen] = useState<string | null>(null);
  const items = useProjectItems(projectId || null, day === today ? null : day);
  // items lie in communes where their boundaries are loaded, else in the district (as the demo's)
  const unitNames = useAdminUnitNames([...(items.data ?? []).map((i) => i.adminUnitId), ...access.assignedUnitIds]);
  const communeName = useMemo(() => new Map([
    ...(unitNames.data ?? new Map<string, string>()), ...(communes.data ?? []).map((c) => [c.id, c.name] as const),
  ]), [communes.data, unitNames.data]);
  const mine = useMemo(() => [
    ...access.assignedUnitIds.map((unit) => ({ id: unit, name: unitNames.data?.get(unit) ?? unit })),
    ...(communes.data ?? []).filter((c) => c.validTo === null && access.canEditUnit(c.id) && !access.assignedUnitIds.includes(c.id)),
  ], [communes.data, access, unitNames.data]);

  if (!user) return <main className="page"><h1>{t("projectItems.heading")}</h1><p>{t("projectItems.signIn")}</p></main>;
  const list = items.data ?? [];
  return (
    <main className="page project-items">
      <h1>{t("projectItems.heading")}</h1>
      <p className="project-items__intro">{t("projectItems.intro")}</p>
      <div className="project-items__filters">
        <div className="field">
          <label htmlFor={`${id}-project`}>{t("projectItems.project")}</label>
          <select id={`${id}-project`} value={projectId} onChange={(e) => { setProjectId(e.target.value); setOpen(null); }}>
            <option value="">{t("projectItems.chooseProject")}</option>
            {(projects.data ?? []).map((p) => <option key={p.id} value={p.id}>{`${p.code} – ${p.name}`}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>{t("projectItems.asOf")}</label>
          <input id={`${id}-day`} type="date" value={day} max={today} onChange={(e) => setDay(e.target.value || today)} />
        </div>
      </div>
      {!projectId ? null : items.isPending ? <LoadingMessage>{t("projectItems.loading")}</LoadingMessage> : items.isError ? (
        <ErrorMessage title={t("projectItems.loadError")} details={items.error.message} detailsLabel={t("meeting.tables.details")}
          retryLabel={t("projectItems.retry")} onRetry={() => void items.refetch()} />
      ) : list.length === 0 ? <p className="status-message">{t("projectItems.empty")}</p> : (<>
        <ItemKindTotals items={list} captionId={`${id}-totals`} />
        <div className="project-items__scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="project-items__table">
            <caption id={`${id}-caption`}>{t("projectItems.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("projectItems.colKind")}</th><th scope="col">{t("projectItems.colName")}</th>
                <th scope="col">{t("projectItems.colCommune")}</th><th scope="col" className="num">{t("projectItems.colTotal")}</th>
                <th scope="col" className="num">{t("projectItems.colDone")}</th><th scope="col">{t("projectItems.colAsOf")}</th>
                <th scope="col">{t("projectItems.colAction")}</th>
              </tr>
            </thead>
            <tbody>
              {list.flatMap((item) => {
                const unit = item.unit === "m" ? ` ${t("projectItems.unitM")}` : "";
                return [
                  <tr key={item.id}>
                    <td>{t(`householdFigures.kind_${item.kind}`)}</td>
                    <th scope="row">{item.name}</th>
                    <td>{communeName.get(item.adminUnitId) ?? item.adminUnitId}</td>
                    <td className="num">{formatNumber(item.total, lang)}{unit}</td>
                    <td className="num">{formatNumber(item.done ?? 0, lang)}{unit}</td>
                    <td>{formatDate(item.doneAsOf, lang)}</td>
                    <td>
                      {item.canEdit ? (
                        <button type="button" className="button button--secondary button--small" aria-expanded={open === item.id}
                          aria-label={`${t("projectItems.record")}: ${item.name}`} onClick={() => setOpen(open === item.id ? null : item.id)}>
                          {t("projectItems.record")}
                        </button>
                      ) : null}
                    </td>
                  </tr>,
                  open === item.id ? (
                    <tr key={`${item.id}-form`}><td colSpan={7}><ItemProgressForm item={item} today={today} onDone={() => setOpen(null)} /></td></tr>
                  ) : null,
                ];
              })}
            </tbody>
          </table>
        </div>
      </>)}
      {projectId && access.isOfficer && mine.length > 0 ? <NewItemForm projectId={projectId} communes={mine} /> : null}
    </main>
  );
}
