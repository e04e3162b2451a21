// npm run seed:generate — writes supabase/local/seed.sql from the repository's geo files and seed data.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSeed } from "./build-seed";
import { readSeedInputs, SEED_SQL_PATH } from "./seed-inputs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const started = performance.now();
const { sql, model } = buildSeed(readSeedInputs(repoRoot));
writeFileSync(join(repoRoot, SEED_SQL_PATH), sql);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${SEED_SQL_PATH}: ${model.projects.length} projects, ${model.parcels.length} parcels, ` +
    `${(Buffer.byteLength(sql) / 1024).toFixed(0)} KiB (${seconds} s)`,
);
