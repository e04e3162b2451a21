// What keeps a hosted project safe: the demo seed refuses a database that has a Supabase project's
// roles and loads nothing there, run the way the Supabase CLI and the SQL editor run a file (one
// multi-statement request, one transaction) and the way psql runs it as a single transaction; and
// supabase/hosted-checks.sql only reads, and holds on the migrated schema where it can.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_URL } from "./support/env";
import { sql } from "./support/fixtures";

const SEED = "supabase/local/seed.sql";
const CHECKS = "supabase/hosted-checks.sql";

async function demoUsers(): Promise<number> {
  const [row] = await sql<[{ n: number }]>`select count(*)::int as n from auth.users where email like '%@gpmb.local'`;
  return row.n;
}

beforeAll(async () => {
  await sql`create role supabase_admin nologin`;
});
afterAll(async () => {
  await sql`drop role if exists supabase_admin`;
});

describe("the demo seed on a Supabase project", () => {
  it("is refused in one request, and nothing is loaded", async () => {
    await expect(sql.unsafe(readFileSync(SEED, "utf8"))).rejects.toThrow(/chỉ dùng cho máy chủ cục bộ/);
    expect(await demoUsers()).toBe(0);
    const [{ n }] = await sql<[{ n: number }]>`select count(*)::int as n from public.projects where code = 'VD4-HY'`;
    expect(n).toBe(0);
  });

  it("is refused by psql in a single transaction, and nothing is loaded", async () => {
    const run = spawnSync("psql", [PG_URL, "-X", "-q", "-1", "-f", SEED], { encoding: "utf8" });
    expect(run.stderr).toMatch(/chỉ dùng cho máy chủ cục bộ/);
    expect(await demoUsers()).toBe(0);
  });
});

describe("supabase/hosted-checks.sql", () => {
  it("runs in a read-only transaction and passes the checks the schema itself decides", async () => {
    const rows = await sql.begin(async (tx) => {
      await tx`set transaction read only`;
      return tx.unsafe<{ check_name: string; ok: boolean; found: string }[]>(readFileSync(CHECKS, "utf8"));
    });
    const byName = new Map(rows.map((r) => [r.check_name, r]));
    for (const name of [
      "row level security on every table",
      "no policy lets anon write",
      "every write policy for signed-in users asks for the admin role",
      "no write policy on parcels, personal data or events (they change only through record_parcel_events)",
      "anon may execute exactly the API and the helpers row level security needs",
      "the imports exist and anon may not execute them (they write parcels and personal data)",
      "no demo account (the local seed was never loaded)",
    ]) {
      expect(byName.get(name), `${name}: ${byName.get(name)?.found}`).toMatchObject({ ok: true });
    }
    // the local backend has no Realtime and no role timeouts: the checks say so
    expect(byName.get("statement_timeout set for anon")?.ok).toBe(false);
  });
});
