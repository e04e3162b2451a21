// The blocked parcels by project: each project (a button to show it on the map) with its
// blocked parcels and their reasons.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount, formatM2AsHa } from "@/domain/format";
import type { BlockerListProps } from "@/features/progress/blocker-reasons";
import { FlyToButton } from "@/features/progress/fly-to-button";
import { PartList } from "@/features/progress/part-list";

/** One entry per project with blocked parcels, most area first. */
export function BlockerProjects({ summary, nameOf, boundsOf, hintId }: BlockerListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  return (
    <section className="blockers__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="sr-only">{t("leader.byProject")}</h3>
      <ul className="blocker-list">
        {summary.byProject.map((project) => (
          <li key={project.projectId} className="blocker-card blocker-card--compact">
            <div className="blocker-card__head">
              <span className="blocker-card__title">
                <FlyToButton bounds={boundsOf(project.projectId)} describedBy={hintId}>{nameOf(project.projectId)}</FlyToButton>
              </span>
              <span className="blocker-card__figures">
                {t("leader.figures", { parcels: formatCount(project.parcels, lang), area: formatM2AsHa(project.areaM2, lang, 2) })}
              </span>
            </div>
            <PartList parts={project.reasons} visible={1} renderName={(p) => p.key} />
          </li>
        ))}
      </ul>
    </section>
  );
}
