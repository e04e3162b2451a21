// A parcel as the client knows it: its public fields and, once a viewport load brought it, its
// outline. The client's parcel store (src/data/parcel-cache.ts) holds these.

import type { StageId } from "@/domain/stages";
import type { PolygonGeometry } from "@/geo/geometry";

/** A parcel's public fields. */
export interface Parcel {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly mapSheet: string;
  readonly parcelNo: string;
  readonly landType: string;
  readonly areaM2: number;
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly blockerReason: string | null;
  readonly blockerResponsible: string | null;
  readonly version: number;
  /** Absent when known only from the change feed. */
  readonly geometry?: PolygonGeometry;
}

/** A change to a known parcel's state, e.g. from changes_since or an applied event. */
export type ParcelPatch = Pick<Parcel, "id" | "version"> &
  Partial<Pick<Parcel, "stage" | "blocked" | "blockerReason" | "blockerResponsible" | "areaM2">>;
