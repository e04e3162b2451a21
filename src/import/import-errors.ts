// The two ways a step of the import worker fails as a whole, shared by the worker (which throws
// them) and the client (which rebuilds them from the worker's message for the page).

import type { FileErrorCode } from "@/domain/import-types";

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
