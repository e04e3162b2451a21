// Tabs to switch between the tables by project kind, project and area, the households, and the blocked parcels
// (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs).

import { useId, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useProgressSummary } from "@/data/progress-summary-query";
import { formatCount } from "@/domain/format";
import { BlockersPanel } from "@/features/progress/blockers-panel";
import { HouseholdTable } from "@/features/progress/household-table";
import type { SummaryGrouping } from "@/features/progress/summary-panel";
import { SummaryPanel } from "@/features/progress/summary-panel";
import { useFiguresDay } from "@/features/progress/use-figures";

type TabId = SummaryGrouping | "households" | "blockers";

const TABS = [
  { grouping: "kind", label: "progress.tabKind" },
  { grouping: "project", label: "progress.tabProject" },
  { grouping: "admin_unit", label: "progress.tabArea" },
  { grouping: "households", label: "householdFigures.tab" },
  { grouping: "blockers", label: "leader.tabBlockers" },
] as const satisfies readonly { grouping: TabId; label: string }[];

/**
 * The number of parcels blocked now, from today's summary (which the map's progress uses too),
 * for the blockers tab, which lists today's blocked parcels. None while the panel shows a past
 * day: beside that day's count in the totals, a second, different count would read as a
 * contradiction (the tab's note explains the difference).
 */
function useBlockedCount(): number | null {
  const past = useFiguresDay() !== null;
  const { data } = useProgressSummary("kind");
  return data && !past ? data.reduce((sum, row) => sum + row.blockedParcels, 0) : null;
}

/** The tab list and the selected tab's table. */
export function SummaryTabs() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const blocked = useBlockedCount();
  const [selected, setSelected] = useState<TabId>("kind");
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = TABS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[next];
    if (!tab) return;
    setSelected(tab.grouping);
    tabRefs.current[next]?.focus();
  }

  return (
    <div className="summary-tabs">
      <div role="tablist" aria-label={t("progress.tabsLabel")} className="summary-tabs__list">
        {TABS.map((tab, index) => (
          <button key={tab.grouping} ref={(el) => { tabRefs.current[index] = el; }} type="button" role="tab"
            id={`${id}-tab-${tab.grouping}`} aria-controls={`${id}-panel`} aria-selected={selected === tab.grouping}
            tabIndex={selected === tab.grouping ? 0 : -1} className="summary-tabs__tab"
            onClick={() => setSelected(tab.grouping)} onKeyDown={(e) => onKeyDown(e, index)}>
            {t(tab.label)}
            {tab.grouping === "blockers" && blocked ? " " : null}
            {tab.grouping === "blockers" && blocked ? (
              <span className="summary-tabs__count">{formatCount(blocked, lang)}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="summary-tabs__panel">
        {selected === "blockers" ? <BlockersPanel /> : selected === "households" ? <HouseholdTable /> : <SummaryPanel grouping={selected} />}
      </div>
    </div>
  );
}
