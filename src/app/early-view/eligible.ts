// When the province view may be drawn before React: only where the early drawing is exactly
// what React draws first. Anything else (English, a signed-in user, a link to a parcel, a
// selection, hidden layers, a street-level view, a tablet-width window whose collapsed
// controls have no fixed width) simply waits for React, as every visit did before.

import type { Lang } from "@/domain/lang";
import type { UrlMapState } from "@/state/url-state";
import { PARCEL_MIN_ZOOM } from "@/map/zoom-levels";

/** Window widths (px) at which the province fit's room for the controls is known in advance. */
export const WIDE_FROM = 900;
export const NARROW_BELOW = 600;

/** What the decision looks at. */
export interface VisitFacts {
  /** The map state the link asks for (readMapSearch). */
  readonly link: Partial<UrlMapState>;
  readonly windowWidth: number;
  /** The language chosen on an earlier visit (Vietnamese when none was). */
  readonly storedLang: Lang;
  /** A sign-in session is kept in this browser. */
  readonly signedIn: boolean;
}

/** Whether this visit gets the early view. */
export function earlyViewEligible({ link, windowWidth, storedLang, signedIn }: VisitFacts): boolean {
  if (signedIn || storedLang !== "vi") return false;
  if (link.layers || link.focusedParcelId || (link.selection && link.selection.size > 0)) return false;
  if (link.view && link.view.zoom >= PARCEL_MIN_ZOOM) return false;
  return windowWidth >= WIDE_FROM || windowWidth < NARROW_BELOW;
}
