// Messages between createImportSession (main thread) and the import worker. Rows come back in
// chunks, each as JSON text: the main thread receives a string (one copy) and parses it in one
// short task, where a structured clone of the same nested arrays took several times longer.

import type { ConvertOptions, ConvertResult, FileErrorCode, ImportProgress, ReadSummary } from "@/domain/import-types";

/** Rows per message of a conversion's result. */
export const ROWS_PER_MESSAGE = 100;

export type ToWorker =
  | { readonly type: "read"; readonly id: number; readonly file: Blob; readonly name: string }
  | { readonly type: "convert"; readonly id: number; readonly options: ConvertOptions }
  | { readonly type: "cancel"; readonly id: number };

/** A conversion's result without its rows (sent before in "rows" messages) or geometry. */
export type ResultHead =
  | (Omit<Extract<ConvertResult, { layer: "parcels" }>, "rows">)
  | (Omit<Extract<ConvertResult, { layer: "admin_units" }>, "rows">)
  | Extract<ConvertResult, { layer: "project_geometry" }>;

export type FromWorker =
  | { readonly type: "progress"; readonly id: number; readonly progress: ImportProgress }
  | { readonly type: "read-done"; readonly id: number; readonly summary: ReadSummary }
  /** A chunk of rows, as JSON text of an array. */
  | { readonly type: "rows"; readonly id: number; readonly json: string }
  | { readonly type: "convert-done"; readonly id: number; readonly head: ResultHead }
  | { readonly type: "failed"; readonly id: number; readonly error: WorkerError };

export type WorkerError =
  | { readonly kind: "file"; readonly code: FileErrorCode; readonly detail: string | null }
  | { readonly kind: "cancelled" }
  | { readonly kind: "bug"; readonly message: string };
