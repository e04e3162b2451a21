// How a parcel is drawn: filled with its stage's colour, hatched and outlined in red when
// blocked, with a thick outline when selected (blue) or shown in the panel (black). With the
// deadline layer on, a parcel with a legal-deadline flag is filled red or amber and the others
// fade, so the flagged ones stand out whatever their stage.

import type { FlagLevel } from "@/domain/deadline-rules";
import type { StageId } from "@/domain/stages";
import { stageById } from "@/domain/stages";

/** Outline of blocked parcels (and of their legend swatch). */
export const BLOCKED_COLOR = "#c62828";
/** Outline of selected parcels. */
export const SELECTED_COLOR = "#0b57d0";
/** Outline of the parcel shown in the panel. */
export const FOCUSED_COLOR = "#111111";
/** Fill of a parcel whose legal deadline passed or was broken (deadline layer). */
export const DEADLINE_RED = "#d50000";
/** Fill of a parcel whose legal deadline is near (deadline layer). */
export const DEADLINE_AMBER = "#ffab00";
/** The fill opacity of unflagged parcels while the deadline layer is on. */
export const DEADLINE_FADED_OPACITY = 0.25;

/** What decides a parcel's look. */
export interface ParcelLook {
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly selected: boolean;
  readonly focused: boolean;
  /** With the deadline layer on: the parcel's worst flag, or null; undefined while the layer is off. */
  readonly deadline?: FlagLevel | null;
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
  const flagged = look.deadline === "red" || look.deadline === "amber";
  const fillColor = look.deadline === "red" ? DEADLINE_RED : look.deadline === "amber" ? DEADLINE_AMBER : stageById(look.stage).color;
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
    fillOpacity: look.deadline === null ? DEADLINE_FADED_OPACITY : flagged ? 0.95 : 0.85,
    color,
    weight,
    opacity: 1,
    dashArray: look.blocked && !look.focused && !look.selected ? "5 3" : undefined,
    // the hatch's red lines would read as a deadline's red
    hatch: look.blocked && look.deadline === undefined,
  };
}

/** True when the look is drawn above its neighbours (a thick outline must not be covered). */
export function isRaised(look: ParcelLook): boolean {
  return look.selected || look.focused;
}
