// Whether the selection came with a link and is not confirmed yet: then the action bar asks the
// officer to look at it on the map and confirm it before any action, and the panel says what
// the link named beyond the cap.

import { useMemo } from "react";
import { formatCount } from "@/domain/format";
import { useMapState } from "@/state/map-state";
import { MAX_SELECTION_IN_URL } from "@/state/url-state";
import { useOfficerText } from "@/features/officer/use-officer-text";

/** A link's selection waiting for confirmation. */
export interface PendingLinkSelection {
  /** The link's parcels still selected. */
  readonly count: number;
  /** The parcels the link named beyond the cap, left out. */
  readonly ignored: number;
}

/** The link's selection while it waits for the officer's confirmation, else null. */
export function usePendingLinkSelection(): PendingLinkSelection | null {
  const link = useMapState((s) => s.linkSelection);
  const selection = useMapState((s) => s.selection);
  return useMemo(() => {
    if (!link) return null;
    let count = 0;
    for (const id of link.ids) if (selection.has(id)) count++;
    return { count, ignored: link.ignored };
  }, [link, selection]);
}

/** "Liên kết còn chọn thêm 12 thửa nhưng không được mở…", while the link's selection waits. */
export function LinkIgnoredNotice({ pending }: { pending: PendingLinkSelection | null }) {
  const { t, lang, parcels } = useOfficerText();
  if (!pending || pending.ignored === 0) return null;
  return (
    <p className="officer-link-ignored" role="status">
      {t("officer.linkSelectionIgnored", { parcels: parcels(pending.ignored), max: formatCount(MAX_SELECTION_IN_URL, lang) })}
    </p>
  );
}
