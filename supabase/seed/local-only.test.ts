// The demo seed and demo accounts stay local: the Supabase CLI reads supabase/config.toml and
// supabase/seed.sql (for `db push --include-seed`, `db reset --linked`, `link`), and neither exists;
// the local backend's configs and the seed live in supabase/local/, and the seed itself refuses to
// run in a database that has a Supabase project's roles (tests/api/seed-guard.test.ts runs it).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_SQL_PATH } from "./seed-inputs";

const repoRoot = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");

describe("the demo seed stays local", () => {
  it("leaves the Supabase CLI's config and seed paths empty", () => {
    expect(existsSync(join(repoRoot, "supabase/config.toml"))).toBe(false);
    expect(existsSync(join(repoRoot, "supabase/seed.sql"))).toBe(false);
    // supabase/hosted-checks.sql is a read-only query run by hand, not a seed
    expect(readdirSync(join(repoRoot, "supabase")).filter((f) => f.endsWith(".toml") || f.endsWith(".sql"))).toEqual(["hosted-checks.sql"]);
  });

  it("keeps every local backend config in supabase/local, seeding only from there", () => {
    const configs = readdirSync(join(repoRoot, "supabase/local")).filter((f) => f.endsWith(".toml"));
    expect(configs.sort()).toEqual(["bench.toml", "dev.toml", "e2e.toml", "postgres.toml"]);
    for (const config of configs) {
      const text = read(`supabase/local/${config}`);
      const paths = /sql_paths\s*=\s*\[([^\]]*)\]/.exec(text)?.[1] ?? "";
      for (const path of paths.match(/"[^"]*"/g) ?? []) expect(path, config).toBe('"./local/seed.sql"');
      if (!paths) expect(text, config).toMatch(/\[db\.seed\]\s*\nenabled = false/);
    }
    expect(SEED_SQL_PATH).toBe("supabase/local/seed.sql");
  });

  it("starts the seed with a guard, before any insert", () => {
    const code = read(SEED_SQL_PATH).split("\n").filter((l) => !l.startsWith("--")).join("\n").trimStart();
    expect(code.startsWith("do $$")).toBe(true);
    expect(code.indexOf("supabase_admin")).toBeLessThan(code.indexOf("insert into"));
  });
});
