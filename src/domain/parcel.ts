// A parcel as the client knows it. Sources carry different parts of it (a viewport load has the
// outline, the change feed has no labels, an answer of record_parcel_events only the state), so
// each field a source may lack says whether it was loaded: `undefined` = not loaded (ask again
// if it is needed), `null` = loaded and there is none (e.g. no blocker). The client's parcel
// store (src/data/parcel-store.ts) merges the sources with src/domain/parcel-merge.ts.

import type { StageId } from "@/domain/stages";
import type { PolygonGeometry } from "@/geo/geometry";

/** A parcel's public fields; the optional ones are undefined until a source that has them loads them. */
export interface Parcel {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  /** Legal recovered area, m². */
  readonly areaM2: number;
  readonly stage: StageId;
  readonly blocked: boolean;
  /** Goes up by one with every applied event: the order of the parcel's states. */
  readonly version: number;
  readonly mapSheet?: string;
  readonly parcelNo?: string;
  readonly landType?: string;
  /** Why the parcel is blocked; null when it is not. */
  readonly blockerReason?: string | null;
  /** Who must act to unblock it; null when nobody is named or it is not blocked. */
  readonly blockerResponsible?: string | null;
  readonly geometry?: PolygonGeometry;
}

/** The fields every state of a parcel has, whatever the source: what a parcel cannot be shown without. */
export type ParcelCore = Pick<Parcel, "id" | "projectId" | "adminUnitId" | "areaM2" | "stage" | "blocked" | "version">;

/**
 * What one source says about a parcel at one version: its id, version and state (stage, blocked:
 * every source has them), and the other fields that source carries (an absent or undefined field
 * is one the source did not load).
 */
export type ParcelReport = Pick<Parcel, "id" | "version" | "stage" | "blocked"> &
  Partial<Omit<Parcel, "id" | "version" | "stage" | "blocked">>;

/** The fields an applied event can change; the others stay what they were at the previous version. */
export const EVENT_FIELDS = ["stage", "blocked", "blockerReason", "blockerResponsible"] as const;
