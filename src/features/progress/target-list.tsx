// The targets about one table row: a status badge and the range with its due date.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatDate } from "@/domain/format";
import type { TargetEvaluation } from "@/domain/targets";
import { useTargetLabels } from "@/features/progress/use-target-labels";

/** A compact list of targets for a table cell; the full name is there for screen readers and as a tooltip. */
export function TargetList({ evaluations }: { evaluations: readonly TargetEvaluation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useTargetLabels();
  if (evaluations.length === 0) return null;
  return (
    <ul className="target-list">
      {evaluations.map(({ target, status }) => (
        <li key={target.id} className="target-item" title={labels.tooltip(target)}>
          <span className={`badge badge--${status ?? "unknown"}`}>{labels.status(status)}</span>{" "}
          <span className="sr-only">{labels.name(target)}: </span>
          <span className="target-item__range">
            {labels.measure(target.measure)} {labels.range(target)}
          </span>
          {target.dueDate ? (
            <span className="target-item__due"> · {t("progress.due", { date: formatDate(target.dueDate, lang) })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
