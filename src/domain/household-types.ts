// The shapes of households and the compensation plan (issue 16) as the app holds them once
// src/data has parsed them: the rows of supabase/migrations/20261206090000_households.sql and of
// the RPCs that read them. Days are Hưng Yên calendar days "YYYY-MM-DD"; instants ISO 8601;
// amounts are VND (whole numbers as the plan writes them); shares are percent (0 < s ≤ 100).

import type { PolygonGeometry } from "@/geo/geometry";
import type { StageId } from "@/domain/stages";

export const PARTY_KINDS = ["household", "person", "organisation"] as const;
/** Hộ gia đình, cá nhân, tổ chức. */
export type PartyKind = (typeof PARTY_KINDS)[number];

export const HOLDING_ORIGINS = [
  "allocated", "leased", "recognised", "transferred", "inherited", "donated", "public_land", "unknown",
] as const;
/** How the right to the parcel arose (nguồn gốc sử dụng đất). */
export type HoldingOrigin = (typeof HOLDING_ORIGINS)[number];

export const LINE_GROUPS = ["land", "assets", "crops", "support", "resettlement", "deduction"] as const;
/** The groups of a plan's lines; a deduction's amount is subtracted. */
export type LineGroup = (typeof LINE_GROUPS)[number];

export const LINE_STATUSES = ["provisional", "needs_confirmation", "missing_basis"] as const;
/** Tạm tính, cần xác minh, chưa có căn cứ (a line with no document is exactly the last). */
export type LineStatus = (typeof LINE_STATUSES)[number];

export const PAYMENT_METHODS = ["cash", "bank_transfer", "treasury_deposit"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const ITEM_KINDS = ["grave", "power_line", "water_pipe", "telecom", "drainage", "other_utility"] as const;
/** Graves and the utilities by kind that a project must move; graves are counted, utilities counted or in metres. */
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemUnit = "count" | "m";

/** The share all holdings of one parcel must sum to in a household list. */
export const FULL_SHARE_PCT = 100;

/** The changes record_household_events takes, one per event. */
export const HOUSEHOLD_EVENT_KINDS = [
  "party.save", "party.delete",
  "member.save", "member.delete",
  "holding.save", "holding.delete",
  "plan.save",
  "line.save", "line.delete",
  "payment.save", "payment.delete",
  "allocation.save", "allocation.delete",
  "item.save",
  "item_progress.save", "item_progress.delete",
] as const;
export type HouseholdEventKind = (typeof HOUSEHOLD_EVENT_KINDS)[number];

/**
 * One change as sent. `id` is the row's id, made by the client for a new row; `expectedVersion`
 * is the row's version as the client saw it (absent or 0 for a new row), which the server
 * compares (conflict when it moved on). `data` holds the row's fields, snake_case as the tables.
 */
export interface HouseholdEvent {
  readonly eventId: string;
  readonly kind: HouseholdEventKind;
  readonly id: string;
  readonly expectedVersion?: number;
  readonly occurredAt?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export type HouseholdAnswerStatus = "applied" | "duplicate" | "denied" | "conflict" | "invalid";

/** The server's answer to one event, in the order sent. */
export interface HouseholdAnswer {
  readonly eventId: string;
  readonly status: HouseholdAnswerStatus;
  /** Why, when not applied: a stable code ("not_found", "share_over_100", …). */
  readonly code: string | null;
  /** A Vietnamese sentence for the officer, when not applied. */
  readonly message: string | null;
  /** The row's version after the event (applied, duplicate), or its current one (conflict). */
  readonly version: number | null;
}

export interface Party {
  readonly id: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly idNumber: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly adminUnitId: string;
  readonly communeName: string;
  readonly note: string | null;
  readonly version: number;
  readonly updatedAt: string;
}

export interface PartyMember {
  readonly id: string;
  readonly fullName: string;
  readonly idNumber: string | null;
  readonly birthYear: number | null;
  readonly relation: string | null;
  readonly isHead: boolean;
  readonly sharePct: number | null;
  readonly version: number;
}

/** A holding with the parcel's public facts, for the household page and its small map. */
export interface Holding {
  readonly id: string;
  readonly parcelId: string;
  readonly sharePct: number;
  readonly origin: HoldingOrigin;
  readonly certificateNo: string | null;
  readonly version: number;
  readonly projectId: string;
  readonly projectName: string;
  readonly adminUnitId: string;
  readonly communeName: string;
  readonly mapSheet: string;
  readonly parcelNo: string;
  readonly landType: string;
  readonly areaM2: number;
  readonly stage: StageId;
  readonly blocked: boolean;
  readonly geom: PolygonGeometry;
}

export interface PlanLine {
  readonly id: string;
  readonly parcelId: string | null;
  readonly lineGroup: LineGroup;
  readonly content: string;
  readonly quantity: number | null;
  readonly unit: string | null;
  readonly unitPriceVnd: number | null;
  readonly amountVnd: number;
  readonly basisDocument: string | null;
  readonly basisArticle: string | null;
  readonly status: LineStatus;
  readonly version: number;
}

export interface Payment {
  readonly id: string;
  readonly paidOn: string;
  readonly amountVnd: number;
  readonly method: PaymentMethod;
  readonly reference: string | null;
  readonly version: number;
}

/** A party's part of one plan: the plan's header, the party's lines and payments, and the sums. */
export interface PartyPlan {
  readonly planId: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly batch: string;
  readonly postedFrom: string | null;
  readonly postedTo: string | null;
  readonly decisionNo: string | null;
  readonly decisionDate: string | null;
  readonly planVersion: number;
  readonly lines: readonly PlanLine[];
  readonly payments: readonly Payment[];
  /** Lines summed, deductions subtracted. */
  readonly totalVnd: number;
  readonly paidVnd: number;
}

export interface ResettlementAllocation {
  readonly id: string;
  readonly projectId: string;
  readonly site: string;
  readonly plotNo: string | null;
  readonly areaM2: number | null;
  readonly readyOn: string | null;
  readonly allocatedOn: string | null;
  readonly version: number;
}

/** One entry of a party's history (household_events). */
export interface HouseholdHistoryEntry {
  readonly seq: number;
  readonly kind: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
  /** The actor's e-mail, or null when the actor's account is gone. */
  readonly actorEmail: string | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** Everything the household page shows (household_detail). */
export interface HouseholdDetail {
  readonly party: Party;
  readonly members: readonly PartyMember[];
  readonly holdings: readonly Holding[];
  readonly plans: readonly PartyPlan[];
  readonly allocations: readonly ResettlementAllocation[];
  readonly history: readonly HouseholdHistoryEntry[];
  /** Whether the caller may change this record (an officer of its area). */
  readonly canEdit: boolean;
}

/** A parcel's holder, for the parcel panel (parcel_holders). */
export interface ParcelHolder {
  readonly holdingId: string;
  readonly partyId: string;
  readonly partyKind: PartyKind;
  readonly partyName: string;
  readonly idNumber: string | null;
  readonly sharePct: number;
  readonly origin: HoldingOrigin;
  readonly certificateNo: string | null;
  readonly version: number;
}

/** One hit of search_households. */
export interface HouseholdSearchHit {
  readonly partyId: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly idNumber: string | null;
  readonly adminUnitId: string;
  readonly communeName: string;
  readonly parcels: number;
  readonly projectNames: readonly string[];
}

/** A project's item to move, with its latest progress. */
export interface ProjectItem {
  readonly id: string;
  readonly projectId: string;
  readonly adminUnitId: string;
  readonly kind: ItemKind;
  readonly name: string;
  readonly unit: ItemUnit;
  readonly total: number;
  readonly owner: string | null;
  readonly version: number;
}

/** A project's item as project_items_list gives it: with its latest progress on or before the day asked. */
export interface ProjectItemRow extends ProjectItem {
  /** The cumulative figure moved as of `doneAsOf`, or null when no progress is recorded by then. */
  readonly done: number | null;
  readonly doneAsOf: string | null;
  /** Whether the caller may change the item and record its progress (an officer of its commune). */
  readonly canEdit: boolean;
}

/** The most events record_household_events takes in one call. */
export const MAX_HOUSEHOLD_EVENTS_PER_CALL = 500;

/** Utilities relocated of one kind, in its unit. */
export interface UtilityTally {
  readonly kind: ItemKind;
  readonly unit: ItemUnit;
  readonly total: number;
  readonly done: number;
}

/**
 * The leaders' units of one group (household_progress) as of the end of a day. Money is null
 * where the caller may not see it (the public, where the group is so small that a sum would
 * show one household's amount).
 */
export interface HouseholdFigures {
  readonly key: string;
  readonly name: string;
  readonly households: number;
  readonly householdsPlanApproved: number;
  readonly householdsPaid: number;
  readonly householdsHandedOver: number;
  readonly approvedVnd: number | null;
  readonly paidVnd: number | null;
  readonly gravesTotal: number;
  readonly gravesMoved: number;
  readonly utilities: readonly UtilityTally[];
  readonly plotsNeeded: number;
  readonly plotsReady: number;
}

/** A party's plan as the payment deadline judges it (household_deadlines). */
export interface HouseholdDeadlineRow {
  readonly partyId: string;
  readonly partyName: string;
  readonly planId: string;
  readonly projectId: string;
  readonly batch: string;
  readonly decisionDate: string;
  readonly totalVnd: number;
  readonly paidVnd: number;
  /** The day the payments first reached the total, or null while they have not. */
  readonly paidInFullOn: string | null;
}
