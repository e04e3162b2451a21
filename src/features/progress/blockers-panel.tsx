// "Vướng mắc": how many parcels are blocked and why, who must act, and where — by reason and by
// project. From the blocked parcels' public fields; project names from the progress summary.
// Always today's: parcels keep only their current blocker, so while the panel shows a past day a
// note says so (and where that day's blocked parcels are counted).

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useBlockedParcels } from "@/data/blocked-parcels-query";
import { useProgressSummary } from "@/data/progress-summary-query";
import { summariseBlockers } from "@/domain/blockers";
import { formatCount, formatDate, formatM2AsHa } from "@/domain/format";
import { BlockerProjects } from "@/features/progress/blocker-projects";
import { BlockerReasons } from "@/features/progress/blocker-reasons";
import { QueryState } from "@/features/progress/query-state";
import { useFiguresDay } from "@/features/progress/use-figures";
import { useRowBounds } from "@/features/progress/use-row-bounds";

/** The blocked parcels grouped by reason and by project, under a note when the panel shows a past day. */
export function BlockersPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const day = useFiguresDay();
  return (
    <>
      {day !== null ? <p className="table-note blockers__today-note">{t("asOf.blockersNote", { date: formatDate(day, lang) })}</p> : null}
      <BlockersToday />
    </>
  );
}

function BlockersToday() {
  const { t } = useTranslation();
  const lang = useLang();
  const hintId = useId();
  const [view, setView] = useState<"reason" | "project">("reason");
  const blocked = useBlockedParcels();
  const projects = useProgressSummary("project");
  const boundsOf = useRowBounds("project");
  if (!blocked.data || !projects.data) return <QueryState queries={[blocked, projects]} />;
  const summary = summariseBlockers(blocked.data);
  if (summary.parcels === 0) return <p className="status-message">{t("leader.noBlockers")}</p>;
  const names = new Map(projects.data.map((p) => [p.key, p.name]));
  const nameOf = (projectId: string) => names.get(projectId) ?? t("leader.projectUnknown");
  return (
    <div className="blockers">
      <p className="blockers__summary">
        {t("leader.blockersSummary", {
          parcels: formatCount(summary.parcels, lang),
          area: formatM2AsHa(summary.areaM2, lang, 2),
          projects: formatCount(summary.byProject.length, lang),
        })}{" "}
        <span id={hintId}>{t("leader.flyHint")}</span>
      </p>
      <div className="segmented" role="group" aria-label={t("leader.blockersTitle")}>
        {(["reason", "project"] as const).map((v) => (
          <button key={v} type="button" className="segmented__button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(v === "reason" ? "leader.byReason" : "leader.byProject")}
          </button>
        ))}
      </div>
      {view === "reason" ? (
        <BlockerReasons summary={summary} nameOf={nameOf} boundsOf={boundsOf} hintId={hintId} />
      ) : (
        <BlockerProjects summary={summary} nameOf={nameOf} boundsOf={boundsOf} hintId={hintId} />
      )}
    </div>
  );
}
