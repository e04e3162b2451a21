// A dated progress entry for one item: the day and the cumulative figure moved by then, checked
// here (src/features/project-items/project-items-model.ts) and again by the server.

import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectItemRow } from "@/domain/household-types";
import { progressEvent, progressProblems } from "@/features/project-items/project-items-model";
import type { ProgressDraft } from "@/features/project-items/project-items-model";
import { useSendEvent } from "@/features/project-items/use-send-event";

export function ItemProgressForm({ item, today, onDone }: { item: ProjectItemRow; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ProgressDraft>({ asOf: today, done: item.done === null ? "" : String(item.done), note: "" });
  const [tried, setTried] = useState(false);
  const { send, currentIds, result, pending } = useSendEvent();
  const problems = progressProblems(draft, item.total, today);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const ids = currentIds();
    if (await send(progressEvent(draft, item.id, { eventId: ids.eventId, progressId: ids.rowId }))) onDone();
  }
  const field = (name: "asOf" | "done" | "note", label: string, type: string) => {
    const problem = tried ? problems[name] : undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input id={`${id}-${name}`} type={type} inputMode={name === "done" ? "decimal" : undefined} value={draft[name]}
          max={name === "asOf" ? today : undefined} aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-${name}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
        {problem ? <p id={`${id}-${name}-error`} className="field-error">{t(`projectItems.problem_${problem}`)}</p> : null}
      </div>
    );
  };
  return (
    <form className="project-items__form" onSubmit={(e) => void submit(e)} aria-label={t("projectItems.progressTitle", { name: item.name })} noValidate>
      {field("asOf", t("projectItems.progressAsOf"), "date")}
      {field("done", t("projectItems.progressDone"), "text")}
      {field("note", t("projectItems.progressNote"), "text")}
      <div className="project-items__buttons">
        <button type="submit" className="button" disabled={pending}>{pending ? t("projectItems.saving") : t("projectItems.save")}</button>
        <button type="button" className="button button--secondary" onClick={onDone}>{t("projectItems.cancel")}</button>
      </div>
      {result ? <p role={result.ok ? "status" : "alert"} className={result.ok ? "status-message" : "field-error"}>{result.text}</p> : null}
    </form>
  );
}
