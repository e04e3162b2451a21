// Reads the seed's input files from the repository (never from outside it).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SeedInputs } from "./build-seed";

/** Path of the generated file, relative to the repository root. */
export const SEED_SQL_PATH = "supabase/local/seed.sql";

/** Reads the inputs of buildSeed from a repository checkout. */
export function readSeedInputs(repoRoot: string): SeedInputs {
  const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
  return {
    districtsGeojson: read("public/geo/hung_yen_districts_pre2025.geojson"),
    provinceGeojson: read("public/geo/hung_yen_province_pre2025.geojson"),
    parksCsv: read("supabase/seed/industrial_parks.csv"),
  };
}
