// Filters by project, stage and blocker, written to the shared map state (the map applies them;
// box, lasso and "in view" selection pick only parcels that pass them).

import { useId } from "react";
import type { Project } from "@/data/projects-query";
import { useProjects } from "@/data/projects-query";
import { STAGE_IDS } from "@/domain/stages";
import type { ParcelFilters as Filters } from "@/domain/parcel-filters";
import { updateMapState, useMapState } from "@/state/map-state";
import { NO_FILTERS, hasFilters } from "@/domain/parcel-filters";
import { useOfficerText } from "@/features/officer/use-officer-text";

function setFilters(change: Partial<Filters>) {
  updateMapState((s) => ({ filters: { ...s.filters, ...change } }));
}

const BLOCKED_OPTIONS = [
  { value: null, key: "officer.blockedAll" },
  { value: true, key: "officer.blockedOnly" },
  { value: false, key: "officer.blockedNone" },
] as const;

/** The projects in the officer's units first, each group by name. */
function groupProjects(projects: readonly Project[], canEdit: (unitId: string) => boolean) {
  const sorted = [...projects].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const mine = sorted.filter((p) => p.adminUnitIds.some(canEdit));
  return { mine, other: sorted.filter((p) => !mine.includes(p)) };
}

/** A folding filter form; shows "Đang lọc" on its summary while any filter is set. */
export function ParcelFilters({ canEdit }: { canEdit: (adminUnitId: string) => boolean }) {
  const { t, stage } = useOfficerText();
  const id = useId();
  const filters = useMapState((s) => s.filters);
  const { mine, other } = groupProjects(useProjects().data ?? [], canEdit);
  const active = hasFilters(filters);

  function toggleStage(stageId: (typeof STAGE_IDS)[number], on: boolean) {
    const next = on ? [...filters.stages, stageId] : filters.stages.filter((s) => s !== stageId);
    setFilters({ stages: STAGE_IDS.filter((s) => next.includes(s)) });
  }

  return (
    <details className="officer-filters">
      <summary>
        {t("officer.filters")}
        {active ? <span className="officer-filters__active"> · {t("officer.filtersActive")}</span> : null}
      </summary>
      <div className="field officer-field">
        <label htmlFor={`${id}-project`}>{t("officer.filterProject")}</label>
        <select id={`${id}-project`} value={filters.projectIds[0] ?? ""}
          onChange={(e) => setFilters({ projectIds: e.target.value ? [e.target.value] : [] })}>
          <option value="">{t("officer.allProjects")}</option>
          {[["officer.projectsMine", mine] as const, ["officer.projectsOther", other] as const].map(([label, list]) =>
            list.length > 0 ? (
              <optgroup key={label} label={t(label)}>
                {list.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </optgroup>
            ) : null)}
        </select>
      </div>
      <fieldset className="officer-choice officer-choice--stages">
        <legend>{t("officer.filterStages")}</legend>
        {STAGE_IDS.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={filters.stages.includes(s)} onChange={(e) => toggleStage(s, e.target.checked)} />
            {stage(s)}
          </label>
        ))}
      </fieldset>
      <fieldset className="officer-choice">
        <legend>{t("officer.filterBlocked")}</legend>
        {BLOCKED_OPTIONS.map((o) => (
          <label key={String(o.value)}>
            <input type="radio" name={`${id}-blocked`} checked={filters.blocked === o.value}
              onChange={() => setFilters({ blocked: o.value })} />
            {t(o.key)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button--ghost" disabled={!active}
        onClick={() => updateMapState({ filters: NO_FILTERS })}>
        {t("officer.clearFilters")}
      </button>
    </details>
  );
}
