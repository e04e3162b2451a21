// What the audit pages show: recorded parcel events with where they came from, the result of a
// revert, and a day's changes per area. Plain data, built by src/data from the API's rows.

import type { StageId } from "@/domain/stages";

/** A parcel's stage and blocker at one moment (before or after an event). */
export interface AuditState {
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly blockerReason: string | null;
}

/** One recorded event as the audit shows it. */
export interface AuditEvent {
  readonly eventId: string;
  readonly parcelId: string;
  readonly projectName: string;
  readonly adminUnitId: string;
  readonly adminUnitName: string | null;
  readonly mapSheet: string | null;
  readonly parcelNo: string | null;
  readonly actorId: string | null;
  readonly actorEmail: string | null;
  /** The device the event was sent from, as the app named it; null when unknown. */
  readonly deviceId: string | null;
  /** When the act happened (as entered) and when the server recorded it. */
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly version: number;
  readonly before: AuditState;
  readonly after: AuditState;
  readonly blockerResponsible: string | null;
  readonly note: string | null;
  /** For an undo or a revert: the event it reverses. */
  readonly revertsEventId: string | null;
  /** The compensating events that reversed this one. */
  readonly revertedBy: readonly string[];
  /** The revert this event belongs to, and its reason. */
  readonly revertId: string | null;
  readonly revertReason: string | null;
}

/** What a revert does (or did) to one parcel. */
export type RevertStatus = "reverted" | "skipped" | "unchanged";

/** Why a parcel was skipped: someone else changed it since, or the same user after the window. */
export type RevertSkip = "changed_by_others" | "changed_after_window";

/** One parcel of a revert's answer. */
export interface RevertOutcome {
  readonly parcelId: string;
  readonly projectName: string;
  readonly mapSheet: string | null;
  readonly parcelNo: string | null;
  readonly status: RevertStatus;
  readonly detail: RevertSkip | null;
  readonly reversedEvents: number;
  readonly fromStage: StageId;
  readonly fromBlocked: boolean;
  readonly toStage: StageId;
  readonly toBlocked: boolean;
  readonly toBlockerReason: string | null;
  /** Who else changed a skipped parcel (emails). */
  readonly changedBy: readonly string[];
  readonly compensatingEventId: string | null;
  readonly revertId: string | null;
  readonly dryRun: boolean;
}

/** One area's changes on one day. */
export interface DailyChanges {
  readonly adminUnitId: string;
  readonly adminUnitName: string | null;
  readonly events: number;
  readonly parcels: number;
  readonly advances: number;
  readonly blockersSet: number;
  readonly blockersCleared: number;
  readonly reverts: number;
  readonly users: number;
}
