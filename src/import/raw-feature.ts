// What a reader hands the rest of the pipeline: features in the file's own numbers with their
// attributes, before any choice of CRS, encoding or fields.

import type { AnyGeometry, ImportProgress, SourceFormat } from "@/domain/import-types";

/** An attribute value as read. Text of an encoded table (.dbf, CSV) is still a byte string (one char per byte). */
export type RawValue = string | number | boolean | null;

/** One feature of the file: `row` is its 1-based place in the file. */
export interface RawFeature {
  readonly row: number;
  /** Null when the feature has no geometry (a .dbf record with a null shape, a CSV row without WKT). */
  readonly geometry: AnyGeometry | null;
  readonly attributes: Readonly<Record<string, RawValue>>;
}

/** Everything a reader found. */
export interface ReadResult {
  readonly format: SourceFormat;
  readonly features: readonly RawFeature[];
  readonly fields: readonly string[];
  readonly prj: string | null;
  /** The encoding the .cpg names, if any (already mapped to ours). */
  readonly cpgEncoding: "utf-8" | "windows-1258" | null;
  /** True when text attributes are byte strings to decode with the chosen encoding. */
  readonly encoded: boolean;
}

/** Reports progress and throws ImportCancelled when asked to stop; awaited between chunks. */
export type Checkpoint = (done: number, total: number | null) => Promise<void>;

/** The same for the steps after reading, which name their phase. */
export type PhaseCheckpoint = (phase: ImportProgress["phase"], done: number, total: number | null) => Promise<void>;
