// What import_outbox_file answers and outbox_imports() lists: an admin's import of an officer's
// unsent changes, per event and in counts.

/** How the import decided one event of the file (the server's statuses, in the order counts show them). */
export const IMPORT_STATUSES = ["applied", "duplicate", "conflict", "denied", "invalid", "held", "dropped"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Events per status. */
export type ImportCounts = Readonly<Record<ImportStatus, number>>;

/** One event of the file as the import decided it; the parcel's names are null for an unknown parcel. */
export interface ImportEventResult {
  readonly eventId: string | null;
  readonly parcelId: string | null;
  readonly projectName: string | null;
  readonly mapSheet: string | null;
  readonly parcelNo: string | null;
  readonly status: ImportStatus;
  readonly code: string | null;
  readonly message: string | null;
}

/** The answer of one import (or of its dry run): whose file, and what became of each event, in the file's order. */
export interface ImportAnswer {
  readonly importId: string;
  readonly dryRun: boolean;
  readonly userEmail: string | null;
  readonly deviceId: string;
  readonly exportedAt: Date;
  readonly counts: ImportCounts;
  readonly events: readonly ImportEventResult[];
}

/** One import done, as the past-imports list shows it. */
export interface PastImport {
  readonly importId: string;
  readonly importedByEmail: string | null;
  readonly userEmail: string | null;
  readonly deviceId: string;
  readonly exportedAt: Date;
  readonly reason: string;
  readonly counts: ImportCounts | null;
  readonly createdAt: Date;
}
