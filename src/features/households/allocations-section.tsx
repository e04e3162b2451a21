// The resettlement plots owed to the household (site, plot, area, ready and allocated days),
// and for an officer of the area their forms.

import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import { useProjects } from "@/data/projects-query";
import type { HouseholdDetail } from "@/domain/household-types";
import { MISSING, formatDate, formatM2 } from "@/domain/format";
import type { AllocationFormValues } from "@/features/households/allocation-form-model";
import { allocationToForm, emptyAllocationForm, validateAllocationForm } from "@/features/households/allocation-form-model";
import { DeleteButton } from "@/features/households/delete-button";
import type { Choice, FieldSpec } from "@/features/households/form-spec";
import { householdProjectIds } from "@/features/households/plan-choices";
import { RecordForm } from "@/features/households/record-form";
import { useEditing } from "@/features/households/use-editing";

function allocationFields(t: TFunction, projects: readonly Choice[]): FieldSpec<AllocationFormValues>[] {
  return [
    { key: "projectId", label: t("households.allocations.project"), type: "select", choices: [{ value: "", label: t("households.allocations.chooseProject") }, ...projects], wide: true },
    { key: "site", label: t("households.allocations.site"), type: "text", wide: true },
    { key: "plotNo", label: t("households.allocations.plotNo"), type: "text" },
    { key: "areaM2", label: t("households.allocations.areaM2"), type: "number" },
    { key: "readyOn", label: t("households.allocations.readyOn"), type: "date" },
    { key: "allocatedOn", label: t("households.allocations.allocatedOn"), type: "date" },
  ];
}

export function AllocationsSection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editing = useEditing();
  const projects = useProjects();
  const { allocations } = detail;
  const names = new Map((projects.data ?? []).map((p) => [p.id, p.name]));
  for (const h of detail.holdings) names.set(h.projectId, h.projectName);
  // the household's own projects first: a plot is owed by the project that recovers its land
  const own = householdProjectIds(detail);
  const choices: Choice[] = [
    ...own.map((id) => ({ value: id, label: names.get(id) ?? id })),
    ...(projects.data ?? []).filter((p) => !own.includes(p.id)).map((p) => ({ value: p.id, label: p.name })),
  ];
  const open = editing.editing;
  const edited = open?.mode === "edit" ? allocations.find((a) => a.id === open.id) ?? null : null;
  return (
    <section className="hh-card" aria-labelledby="hh-allocations">
      <div className="hh-card__head">
        <h2 id="hh-allocations">{t("households.allocations.title")}</h2>
        {detail.canEdit && !open ? (
          <button type="button" className="button button--secondary button--small" onClick={editing.openNew}>{t("households.allocations.add")}</button>
        ) : null}
      </div>
      {editing.saved ? <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p> : null}
      {allocations.length === 0 ? <p className="hh-empty">{t("households.allocations.none")}</p> : (
        <div className="hh-table-wrap">
          <table className="hh-table">
            <thead>
              <tr>
                <th scope="col">{t("households.allocations.site")}</th>
                <th scope="col">{t("households.allocations.project")}</th>
                <th scope="col">{t("households.allocations.plotNo")}</th>
                <th scope="col" className="num">{t("households.allocations.areaM2")}</th>
                <th scope="col">{t("households.allocations.readyOn")}</th>
                <th scope="col">{t("households.allocations.allocatedOn")}</th>
                {detail.canEdit ? <th scope="col"><span className="sr-only">{t("households.form.edit")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {allocations.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.site}</th>
                  <td>{names.get(a.projectId) ?? MISSING}</td>
                  <td>{a.plotNo ?? MISSING}</td>
                  <td className="num">{formatM2(a.areaM2, lang, 1)}</td>
                  <td>{formatDate(a.readyOn, lang)}</td>
                  <td>{formatDate(a.allocatedOn, lang)}</td>
                  {detail.canEdit ? (
                    <td className="hh-actions">
                      <button type="button" className="button button--ghost button--small" onClick={() => editing.openEdit(a.id)}
                        aria-label={`${t("households.form.edit")}: ${a.site}`}>{t("households.form.edit")}</button>
                      <DeleteButton kind="allocation.delete" id={a.id} version={a.version} what={a.site} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (open.mode === "new" || edited) ? (
        <RecordForm key={open.id} kind="allocation.save" rowId={open.id} fields={allocationFields(t, choices)}
          title={edited ? t("households.allocations.editTitle", { site: edited.site }) : t("households.allocations.addTitle")}
          initial={edited ? allocationToForm(edited, lang) : emptyAllocationForm(own[0] ?? "")} version={edited?.version ?? null}
          current={edited ? { values: allocationToForm(edited, lang), version: edited.version } : null}
          validate={(v) => validateAllocationForm(v, detail.party.id, lang)} onSaved={editing.done} onCancel={editing.close} />
      ) : null}
    </section>
  );
}
