// Limits the database enforces, written once for the client: the forms check them before a send
// (so a person sees why at once) and the data layer sizes its requests by them. The server
// checks every one of them again; src/domain/limits.test.ts reads the migrations to keep each
// constant equal to the figure the SQL enforces.

/** The most events record_parcel_events takes in one call. */
export const MAX_EVENTS_PER_CALL = 5000;

/** The most parcels parcels_in_bbox may be asked to return in one call. */
export const MAX_FEATURES_PER_BBOX_CALL = 50_000;

/** Characters of a note on a parcel event. */
export const NOTE_MAX = 2000;
/** Characters of a blocker's reason. */
export const REASON_MAX = 500;
/** Characters of who must act on a blocker. */
export const RESPONSIBLE_MAX = 200;

/** The largest file the import page reads (bytes): a bigger one is refused before it is read, saying so. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
/** The most rows (parcels, admin units) one import call takes. */
export const MAX_IMPORT_ROWS = 100_000;
/** A parcel's legal area may differ from its drawn area by this share of the drawn area before the row is refused. */
export const IMPORT_AREA_TOLERANCE = 0.1;
