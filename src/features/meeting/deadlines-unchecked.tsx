// The rules the tracker cannot check (recorded: false in src/domain/deadline-rules.ts), each with
// the dates it would need and does not record: the leader sees they are not checked, not passed.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { DeadlineAct } from "@/domain/deadline-rules";
import { DEADLINE_RULES, RECORDED_ACTS } from "@/domain/deadline-rules";

export function DeadlinesUnchecked() {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = DEADLINE_RULES.filter((r) => !r.recorded);
  if (rules.length === 0) return null;
  const missing = (acts: readonly DeadlineAct[]) => acts.filter((a) => !RECORDED_ACTS.includes(a))
    .map((a) => t(`meeting.tables.deadlines.act_${a}`)).join(", ");
  return (
    <section className="meeting-unchecked" aria-labelledby="meeting-unchecked-title">
      <h3 id="meeting-unchecked-title">{t("meeting.tables.deadlines.uncheckedTitle")}</h3>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            {t("meeting.tables.deadlines.unchecked", {
              rule: lang === "en" ? r.labelEn : r.labelVi,
              article: lang === "en" ? r.articleEn : r.articleVi,
              dates: missing([r.from, r.to]),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
