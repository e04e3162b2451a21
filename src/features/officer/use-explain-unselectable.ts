// A Shift-click on a parcel outside the officer's area selects nothing; instead the parcel is
// counted in the "outside your area" notice, so the officer learns why.

import { useEffect } from "react";
import { addParcelClickHandler } from "@/state/map-state";
import { updateOfficerState } from "@/features/officer/officer-store";

/** While `enabled`, explains additive clicks on parcels that cannot be selected. */
export function useExplainUnselectable(enabled: boolean): void {
  useEffect(function listenForUnselectableClicks() {
    if (!enabled) return;
    return addParcelClickHandler(function explain(click) {
      if (!click.additive || click.selectable) return false;
      updateOfficerState((s) => ({
        drawnOutside: s.drawnOutside.includes(click.parcelId) ? s.drawnOutside : [...s.drawnOutside, click.parcelId],
      }));
      return true;
    });
  }, [enabled]);
}
