// The person's choices for one file (coordinate system, axis order, encoding, field mapping,
// corridor), started from what the file says and the project's last run. Kept per file: a new
// file, layer or project starts them afresh, without an effect copying props into state. Until
// the person changes one, they follow the remembered run (which may arrive after the file).

import { useState } from "react";
import type { FieldMapping, ImportLayer, ReadSummary, TextEncoding } from "@/domain/import-types";
import type { RunFieldSource } from "@/data/import-runs-query";
import type { CrsForm } from "@/features/import/import-crs";
import { DEFAULT_CRS_FORM, formFromCrs } from "@/features/import/import-crs";
import { rememberedMapping } from "@/features/import/import-mapping";

/** Everything chosen for the file. */
export interface FileChoices {
  readonly crsOverride: boolean;
  readonly crsForm: CrsForm;
  readonly axisSwapped: boolean;
  readonly encoding: TextEncoding | null;
  readonly encodingConfirmed: boolean;
  readonly mapping: FieldMapping;
  readonly corridorOnly: boolean;
}

function initialChoices(summary: ReadSummary, layer: ImportLayer, remembered: Readonly<Record<string, RunFieldSource>>): FileChoices {
  return {
    crsOverride: false,
    crsForm: summary.crsFromFile ? formFromCrs(summary.crsFromFile) : DEFAULT_CRS_FORM,
    axisSwapped: summary.axisSwapSuspected,
    encoding: summary.assumedEncoding,
    // nothing to confirm where the format has no encoding to choose
    encodingConfirmed: summary.encodings === null,
    mapping: rememberedMapping(layer, summary.fields, remembered),
    corridorOnly: false,
  };
}

/**
 * The choices for `summary` (null: no file read), and a function changing some of them. `key`
 * names what they belong to (the file, the layer, the project).
 */
export function useFileChoices(
  summary: ReadSummary | null, key: string, layer: ImportLayer, remembered: Readonly<Record<string, RunFieldSource>>,
): [FileChoices | null, (change: Partial<FileChoices>) => void] {
  const [edited, setEdited] = useState<{ key: string; choices: FileChoices } | null>(null);
  const choices = !summary ? null : edited?.key === key ? edited.choices : initialChoices(summary, layer, remembered);
  function change(next: Partial<FileChoices>) {
    if (choices) setEdited({ key, choices: { ...choices, ...next } });
  }
  return [choices, change];
}
