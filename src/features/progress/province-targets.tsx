// Targets for the whole province, each with its actual figure and status.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatDate } from "@/domain/format";
import type { TargetEvaluation } from "@/domain/targets";
import { useTargetLabels } from "@/features/progress/use-target-labels";

/** A list of province-wide targets; nothing when there are none. */
export function ProvinceTargets({ evaluations }: { evaluations: readonly TargetEvaluation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useTargetLabels();
  const titleId = useId();
  if (evaluations.length === 0) return null;
  return (
    <section className="province-targets" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("progress.provinceTargets")}</h3>
      <ul>
        {evaluations.map(({ target, actual, status }) => (
          <li key={target.id}>
            <span className={`badge badge--${status ?? "unknown"}`}>{labels.status(status)}</span>{" "}
            <strong>{labels.name(target)}</strong>
            <span className="province-targets__detail">
              {labels.measure(target.measure)} {labels.range(target)}
              {target.dueDate ? ` · ${t("progress.due", { date: formatDate(target.dueDate, lang) })}` : ""}
              {actual !== null ? ` · ${t("progress.actual", { value: labels.actual(target, actual) })}` : ""}
            </span>
            {target.source ? <span className="province-targets__source">{t("progress.source", { source: target.source })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
