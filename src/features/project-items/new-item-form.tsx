// An officer's new item to move in the chosen project: kind, name, unit, total and the commune of
// the officer's area it lies in (whose officers record its progress), checked by field.

import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Commune } from "@/data/communes-query";
import { ITEM_KINDS } from "@/domain/household-types";
import type { ItemKind, ItemUnit } from "@/domain/household-types";
import type { ItemDraft, ItemField } from "@/features/project-items/project-items-model";
import { itemEvent, itemProblems } from "@/features/project-items/project-items-model";
import { useSendEvent } from "@/features/project-items/use-send-event";

const EMPTY: ItemDraft = { kind: "grave", name: "", unit: "count", total: "", adminUnitId: "", owner: "" };

export function NewItemForm({ projectId, communes }: { projectId: string; communes: readonly Pick<Commune, "id" | "name">[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ItemDraft>(EMPTY);
  const [tried, setTried] = useState(false);
  const { send, currentIds, result, pending } = useSendEvent();
  const problems = itemProblems(draft);
  const problem = (f: ItemField) => (tried ? problems[f] : undefined);
  const describe = (f: ItemField) => (problem(f) ? { "aria-invalid": true, "aria-describedby": `${id}-${f}-error` } : {});
  const error = (f: ItemField) => {
    const p = problem(f);
    return p ? <p id={`${id}-${f}-error`} className="field-error">{t(`projectItems.problem_${p}`)}</p> : null;
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const ids = currentIds();
    if (await send(itemEvent(draft, projectId, { eventId: ids.eventId, itemId: ids.rowId }))) {
      setDraft(EMPTY);
      setTried(false);
    }
  }
  return (
    <form className="project-items__form project-items__new" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t("projectItems.newTitle")}</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("projectItems.kind")}</label>
        <select id={`${id}-kind`} value={draft.kind} {...describe("kind")}
          onChange={(e) => {
            const kind = e.target.value as ItemKind;
            setDraft({ ...draft, kind, unit: kind === "grave" ? "count" : draft.unit });
          }}>
          {ITEM_KINDS.map((k) => <option key={k} value={k}>{t(`householdFigures.kind_${k}`)}</option>)}
        </select>
        {error("kind")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("projectItems.name")}</label>
        <input id={`${id}-name`} value={draft.name} {...describe("name")} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        {error("name")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t("projectItems.unit")}</label>
        <select id={`${id}-unit`} value={draft.unit} disabled={draft.kind === "grave"} {...describe("unit")}
          onChange={(e) => setDraft({ ...draft, unit: e.target.value as ItemUnit })}>
          <option value="count">{t("projectItems.unitCount")}</option>
          <option value="m">{t("projectItems.unitM")}</option>
        </select>
        {error("unit")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-total`}>{t("projectItems.total")}</label>
        <input id={`${id}-total`} inputMode="decimal" value={draft.total} {...describe("total")} onChange={(e) => setDraft({ ...draft, total: e.target.value })} />
        {error("total")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-commune`}>{t("projectItems.commune")}</label>
        <select id={`${id}-commune`} value={draft.adminUnitId} {...describe("adminUnitId")} onChange={(e) => setDraft({ ...draft, adminUnitId: e.target.value })}>
          <option value="">{t("projectItems.chooseCommune")}</option>
          {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        {error("adminUnitId")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t("projectItems.owner")}</label>
        <input id={`${id}-owner`} value={draft.owner} {...describe("owner")} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
        {error("owner")}
      </div>
      <button type="submit" className="button" disabled={pending}>{pending ? t("projectItems.saving") : t("projectItems.add")}</button>
      {result ? <p role={result.ok ? "status" : "alert"} className={result.ok ? "status-message" : "field-error"}>{result.text}</p> : null}
    </form>
  );
}
