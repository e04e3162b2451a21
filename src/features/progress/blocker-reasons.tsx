// The blocked parcels by reason: how many and how much area, who must act, which projects.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/progress-bar";
import { useLang } from "@/components/use-lang";
import type { BlockerSummary } from "@/domain/blockers";
import type { LonLatBox } from "@/geo/geometry";
import { formatCount, formatM2AsHa } from "@/domain/format";
import { FlyToButton } from "@/features/progress/fly-to-button";
import { PartList } from "@/features/progress/part-list";

/** Props shared by the two blocker lists. */
export interface BlockerListProps {
  readonly summary: BlockerSummary;
  readonly nameOf: (projectId: string) => string;
  readonly boundsOf: (projectId: string) => LonLatBox | null;
  /** The id of the "select a name to see it on the map" hint. */
  readonly hintId: string;
}

const ALERT = "#a4262c";

/** One card per reason, most area first. */
export function BlockerReasons({ summary, nameOf, boundsOf, hintId }: BlockerListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  return (
    <section className="blockers__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="sr-only">{t("leader.byReason")}</h3>
      <ul className="blocker-list">
        {summary.byReason.map((group) => (
          <li key={group.reason} className="blocker-card">
            <div className="blocker-card__head">
              <span className="blocker-card__title">{group.reason}</span>
              <span className="blocker-card__figures">
                {t("leader.figures", { parcels: formatCount(group.parcels, lang), area: formatM2AsHa(group.areaM2, lang, 2) })}
              </span>
            </div>
            <ProgressBar share={summary.areaM2 > 0 ? group.areaM2 / summary.areaM2 : null} color={ALERT} />
            <p className="blocker-card__label">{t("leader.whoActs")}</p>
            <PartList parts={group.responsibles} renderName={(p) => p.key || t("leader.responsibleUnknown")} />
            <p className="blocker-card__label">{t("leader.projectsConcerned")}</p>
            <PartList parts={group.projects} visible={2} renderName={(p) => (
              <FlyToButton bounds={boundsOf(p.key)} describedBy={hintId}>{nameOf(p.key)}</FlyToButton>
            )} />
          </li>
        ))}
      </ul>
    </section>
  );
}
