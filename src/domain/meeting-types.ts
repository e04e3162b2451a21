// The shapes the leaders' meeting view reads (issue 15): the rows of the meeting RPCs as the app
// holds them once src/data has parsed them. Days are Hưng Yên calendar days "YYYY-MM-DD";
// instants are ISO 8601 strings. Every figure is as it stood at the end of the day asked for.

import type { DeadlineAct } from "@/domain/deadline-rules";
import type { LonLat } from "@/geo/geometry";
import type { ProjectKindId } from "@/domain/project-kinds";
import type { StageId } from "@/domain/stages";

/** A blocker counts as stale (rõ trách nhiệm: someone must act) once older than this. */
export const STALE_BLOCKER_DAYS = 14;

/** One point of a target's burn-up: the target's measure (as target_progress's actual) at the end of `day`. */
export interface BurnupPoint {
  readonly day: string;
  readonly value: number;
}

/** A number of parcels and their legal area. */
export interface StageTally {
  readonly parcels: number;
  readonly areaM2: number;
}

/** The parcels blocked for one reason, with who must act. */
export interface BlockerTally extends StageTally {
  readonly reason: string;
  /** Who must act; null when the officer did not say. */
  readonly responsible: string | null;
  /** When the oldest of these blockers was set (instant). */
  readonly oldestSince: string | null;
  /** How many of them are older than STALE_BLOCKER_DAYS on the day. */
  readonly staleParcels: number;
}

/** One project as it stood on the day (project_report). */
export interface ProjectReportRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: ProjectKindId;
  readonly status: string;
  readonly investor: string | null;
  readonly responsibleUnit: string | null;
  readonly responsiblePerson: string | null;
  readonly dueDate: string | null;
  readonly retiredAt: string | null;
  readonly areaToClearM2: number;
  /** Parcels entered, and their legal area. */
  readonly parcels: number;
  readonly areaM2: number;
  /** Parcels and area at each stage (every stage present, zeros included). */
  readonly byStage: Readonly<Record<StageId, StageTally>>;
  readonly clearedParcels: number;
  readonly clearedAreaM2: number;
  readonly blockedParcels: number;
  readonly blockedAreaM2: number;
  /** By reason and who must act, most parcels first. */
  readonly blockers: readonly BlockerTally[];
  /** Parcels blocked for more than STALE_BLOCKER_DAYS. */
  readonly staleBlockers: number;
  /** The earliest day a parcel not handed over reached its stage (the longest wait), or null. */
  readonly oldestStageSince: string | null;
}

/** One parcel's place in the procedure on the day (parcel_timeline). */
export interface ParcelTimelineRow {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly mapSheet: string;
  readonly parcelNo: string;
  readonly landType: string;
  readonly areaM2: number;
  readonly stage: StageId;
  /** When the parcel reached its stage (instant); null when no event ever moved it. */
  readonly stageSince: string | null;
  readonly blocked: boolean;
  readonly blockerReason: string | null;
  readonly blockerResponsible: string | null;
  /** When the current blocker was set (instant); null when not blocked. */
  readonly blockedSince: string | null;
  /** The day of the latest event entering each recorded act's stage, up to the day. */
  readonly acts: Partial<Record<DeadlineAct, string>>;
  /** The centre of the parcel's box, for links to the map. */
  readonly center: LonLat;
}

/** One district or commune with its parcels' progress on the day (area_progress). */
export interface AreaProgressRow {
  readonly id: string;
  readonly name: string;
  readonly level: "district" | "commune";
  readonly parentId: string | null;
  readonly parcels: number;
  readonly clearedParcels: number;
  readonly blockedParcels: number;
  readonly totalAreaM2: number;
  readonly clearedAreaM2: number;
}
