// How a parcel is drawn: filled with its stage's colour, hatched and outlined in red when
// blocked, with a thick outline when selected (blue) or shown in the panel (black).

import type { StageId } from "@/domain/stages";
import { stageById } from "@/domain/stages";

/** Outline of blocked parcels (and of their legend swatch). */
export const BLOCKED_COLOR = "#c62828";
/** Outline of selected parcels. */
export const SELECTED_COLOR = "#0b57d0";
/** Outline of the parcel shown in the panel. */
export const FOCUSED_COLOR = "#111111";

/** What decides a parcel's look. */
export interface ParcelLook {
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly selected: boolean;
  readonly focused: boolean;
}

/** Path options for a parcel; `hatch` asks the renderer for diagonal red lines over the fill. */
export interface ParcelPathStyle {
  readonly fillColor: string;
  readonly fillOpacity: number;
  readonly color: string;
  readonly weight: number;
  readonly opacity: number;
  readonly dashArray: string | undefined;
  readonly hatch: boolean;
}

/** The style of a parcel. */
export function parcelStyle(look: ParcelLook): ParcelPathStyle {
  const fillColor = stageById(look.stage).color;
  let color = "#ffffff";
  let weight = 0.8;
  if (look.blocked) {
    color = BLOCKED_COLOR;
    weight = 2;
  }
  if (look.selected) {
    color = SELECTED_COLOR;
    weight = 4;
  }
  if (look.focused) {
    color = FOCUSED_COLOR;
    weight = 4.5;
  }
  return {
    fillColor,
    fillOpacity: 0.85,
    color,
    weight,
    opacity: 1,
    dashArray: look.blocked && !look.focused && !look.selected ? "5 3" : undefined,
    hatch: look.blocked,
  };
}

/** True when the look is drawn above its neighbours (a thick outline must not be covered). */
export function isRaised(look: ParcelLook): boolean {
  return look.selected || look.focused;
}
