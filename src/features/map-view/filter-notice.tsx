// Says on the map that parcels are filtered, and what by, with a button to clear the filters.
// Filters come from the officer's filter form or from a link (?f=…), and the map applies them for
// everyone: a leader or the public opening a filtered link has no filter form, so without this
// notice parcels would be missing with no reason given.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useProjects } from "@/data/projects-query";
import { labelIn } from "@/domain/lang";
import { STAGE_IDS, stageById } from "@/domain/stages";
import { updateMapState, useMapState } from "@/state/map-state";
import { NO_FILTERS, hasFilters } from "@/domain/parcel-filters";

/** The notice while any filter is set; nothing otherwise. */
export function FilterNotice() {
  const { t } = useTranslation();
  const lang = useLang();
  const filters = useMapState((s) => s.filters);
  const projects = useProjects().data;
  if (!hasFilters(filters)) return null;
  const parts: string[] = [];
  if (filters.projectIds.length > 0) {
    // a link may name a project that no longer exists (or was mistyped): say so rather than show an id
    const names = filters.projectIds.map((id) => projects?.find((p) => p.id === id)?.name ?? t("map.filterUnknownProject"));
    parts.push(t("map.filterProjects", { names: names.join(", ") }));
  }
  if (filters.stages.length > 0) {
    const stages = STAGE_IDS.filter((s) => filters.stages.includes(s)); // in the order of the process, whatever the link's
    parts.push(t("map.filterStages", { stages: stages.map((s) => labelIn(stageById(s), lang)).join(", ") }));
  }
  if (filters.blocked !== null) parts.push(t(filters.blocked ? "map.filterBlocked" : "map.filterNotBlocked"));
  return (
    <div className="map-status__chip map-status__chip--filter">
      <span>{t("map.filtered", { what: parts.join(", ") })}</span>
      <button type="button" className="button button--secondary button--small" onClick={() => updateMapState({ filters: NO_FILTERS })}>
        {t("map.clearFilters")}
      </button>
    </div>
  );
}
