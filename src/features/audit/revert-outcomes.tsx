// What a revert does (preview) or did to each parcel: the result, the parcel's state now → the
// state it goes back to, how many of the user's changes it undoes, and why a parcel is skipped.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLang } from "@/components/use-lang";
import type { RevertOutcome } from "@/domain/audit-types";
import { parcelLabel, stateText } from "@/domain/audit-tables";
import { routePath } from "@/state/route-paths";

export function RevertOutcomes({ rows }: { rows: readonly RevertOutcome[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const count = (status: RevertOutcome["status"]) => rows.filter((r) => r.status === status).length;
  return (
    <>
      <p className="audit-subject">
        {t("audit.revert.summary", { reverted: count("reverted"), skipped: count("skipped"), unchanged: count("unchanged") })}
      </p>
      <ul className="audit-outcomes" aria-label={t("audit.revert.tableLabel")}>
        {rows.map((r) => (
          <li key={r.parcelId} className={`audit-outcome audit-outcome--${r.status}`}>
            <p className="audit-outcome__head">
              <strong>{t(`audit.revert.status.${r.status}`)}</strong>{" · "}
              {r.projectName} · {parcelLabel(r, lang)}{" · "}
              <Link href={routePath("audit", { search: new URLSearchParams({ parcel: r.parcelId }) })}>{t("audit.revert.parcelLink")}</Link>
            </p>
            <p>
              {t("audit.revert.move", {
                from: stateText({ stage: r.fromStage, blocked: r.fromBlocked, blockerReason: null }, lang),
                to: stateText({ stage: r.toStage, blocked: r.toBlocked, blockerReason: r.toBlockerReason }, lang),
              })}
              {" · "}{t("audit.revert.events", { count: r.reversedEvents })}
            </p>
            {r.detail ? <p className="audit-outcome__skip">{t(`audit.revert.skip.${r.detail}`, { who: r.changedBy.join(", ") })}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
