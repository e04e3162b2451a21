// Photos and documents of parcel events, as the device keeps them until they are sent
// (issue 17): picked or taken, resized on the device, then kept in the outbox with the ids of the
// events they belong to.

/** What a file is to the officer: a photo (JPEG, PNG, WebP) or a document (PDF). */
export type AttachmentKind = "photo" | "document";

/** A file ready to go with an officer's change: its own id (the object's name), type, size and bytes. */
export interface PreparedFile {
  readonly file_id: string;
  readonly name: string;
  readonly mime: string;
  readonly kind: AttachmentKind;
  readonly size: number;
  readonly blob: Blob;
}

/** A prepared file in the outbox: the events (and their parcels) it belongs to. */
export interface OutboxFile extends PreparedFile {
  readonly event_ids: readonly string[];
  readonly parcel_ids: readonly string[];
}

/** The server's answer for one file; network failures are thrown instead, so the outbox retries. */
export type FileAnswer =
  | { readonly status: "stored" | "duplicate" }
  | { readonly status: "denied" | "invalid"; readonly code: string; readonly message: string };

/** One recorded file of a parcel, as parcel_files returns it. */
export interface EventFileRow {
  fileId: string;
  name: string;
  mime: string;
  kind: AttachmentKind;
  size: number;
  objectPath: string;
  eventIds: string[];
  recordedAt: Date;
}
