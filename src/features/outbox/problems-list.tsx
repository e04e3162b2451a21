// The outbox's parked problems, never hidden by a timer: each stays until the officer re-applies
// it (a conflict) or drops it (recorded).

import { useOutboxView } from "@/data/outbox/use-outbox";
import { ProblemItem } from "@/features/outbox/problem-item";
import { useOutboxText } from "@/features/outbox/use-outbox-text";

/** The list, or nothing when no problem waits. */
export function ProblemsList() {
  const { t } = useOutboxText();
  const { problems } = useOutboxView();
  if (problems.length === 0) return null;
  return (
    <section className="outbox-problems" aria-label={t("outbox.problemsTitle")}>
      <h3>{t("outbox.problemsTitle")}</h3>
      <ul className="outbox-problems__list">
        {problems.map((problem) => <ProblemItem key={problem.event_id} problem={problem} />)}
      </ul>
    </section>
  );
}
