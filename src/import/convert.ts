// Converting what was read, for the layer the person chose.

import { convertParcels } from "@/import/convert-parcels";
import { convertProject } from "@/import/convert-project";
import { convertUnits } from "@/import/convert-units";
import type { ConvertOptions, ConvertResult } from "@/domain/import-types";
import type { PhaseCheckpoint, ReadResult } from "@/import/raw-feature";

/** Converts the file to WGS84 rows of the layer and checks every rule. */
export function convertRead(read: ReadResult, options: ConvertOptions, checkpoint: PhaseCheckpoint): Promise<ConvertResult> {
  switch (options.layer) {
    case "parcels":
      return convertParcels(read, options, checkpoint);
    case "admin_units":
      return convertUnits(read, options, checkpoint);
    case "project_geometry":
      return convertProject(read, options, checkpoint);
  }
}
