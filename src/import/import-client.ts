// The import worker as the page uses it: one ImportSession per file (the parse helper implements
// this file; the base only states its exports).

import type { FileErrorCode, ImportSession } from "@/import/import-types";

/** A step was cancelled by the person. */
export class ImportCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "ImportCancelled";
  }
}

/** The file could not be read at all. `detail` says what, for the message (e.g. the missing .dbf). */
export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly detail: string | null = null,
  ) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "ImportFileError";
  }
}

/** A new session with its own worker. */
export function createImportSession(): ImportSession {
  throw new Error("createImportSession is not implemented yet");
}
