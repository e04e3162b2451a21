// Why some selected (or just drawn) parcels will not change: outside the officer's area ("N thửa
// ngoài địa bàn được phân công (Huyện Văn Lâm) không thể thay đổi"), not loaded, or filtered out.

import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import { changeSelection, setOutsidePicks } from "@/state/map-state";
import type { SelectionBreakdown } from "@/features/officer/classify-selection";
import { useOfficerText } from "@/features/officer/use-officer-text";

interface ExcludedNoticeProps {
  readonly breakdown: SelectionBreakdown;
  /** The officer's assigned units, named in the explanation. */
  readonly assignedUnitIds: readonly string[];
}

/** A warning listing what is left out and why, with a button to drop those parcels. */
export function ExcludedNotice({ breakdown, assignedUnitIds }: ExcludedNoticeProps) {
  const { t, parcels } = useOfficerText();
  const { outside, outsideUnitIds, notLoaded, hidden } = breakdown;
  const names = useAdminUnitNames([...outsideUnitIds, ...assignedUnitIds]).data;
  if (outside.length === 0 && notLoaded.length === 0 && hidden.length === 0) return null;
  const nameOf = (id: string) => names?.get(id) ?? id;

  function drop() {
    changeSelection([...outside, ...notLoaded, ...hidden], "remove");
    setOutsidePicks([]);
  }

  return (
    <div className="officer-excluded" role="status">
      {outside.length > 0 ? (
        <>
          <p className="officer-excluded__title">
            {t("officer.outsideArea", {
              parcels: parcels(outside.length),
              units: outsideUnitIds.map(nameOf).join(", ") || "?",
            })}
          </p>
          <p>{t("officer.outsideAreaWhy", { mine: assignedUnitIds.map(nameOf).join(", ") })}</p>
        </>
      ) : null}
      {notLoaded.length > 0 ? <p>{t("officer.notLoaded", { parcels: parcels(notLoaded.length) })}</p> : null}
      {hidden.length > 0 ? <p>{t("officer.hiddenByFilter", { parcels: parcels(hidden.length) })}</p> : null}
      <button type="button" className="button button--ghost" onClick={drop}>{t("officer.dropExcluded")}</button>
    </div>
  );
}
