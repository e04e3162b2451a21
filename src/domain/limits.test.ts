// Each client-side limit against the SQL that enforces it, read from the migrations (the latest
// definition of each function wins, as it does in the database).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  IMPORT_AREA_TOLERANCE, MAX_EVENTS_PER_CALL, MAX_FEATURES_PER_BBOX_CALL, MAX_IMPORT_ROWS, NOTE_MAX, REASON_MAX,
  RESPONSIBLE_MAX,
} from "@/domain/limits";

const MIGRATIONS = join(import.meta.dirname, "../../supabase/migrations");

/** The body of the latest `create … function <schema>.<name>` in the migrations. */
function latestFunction(name: string, schema = "public"): string {
  const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith(".sql")).sort();
  let body: string | null = null;
  const start = new RegExp(`create (or replace )?function ${schema}\\.${name}\\s*\\(`, "i");
  for (const file of files) {
    const sql = readFileSync(join(MIGRATIONS, file), "utf8");
    const at = sql.search(start);
    if (at < 0) continue;
    const tagAt = sql.indexOf("$", at);
    const tag = /^\$[a-z_]*\$/i.exec(sql.slice(tagAt))?.[0] ?? "$$";
    const end = sql.indexOf(tag, tagAt + tag.length);
    body = sql.slice(at, end);
  }
  if (body === null) throw new Error(`no migration defines ${schema}.${name}`);
  return body;
}

/** The one number `pattern` captures in `sql`. */
function figure(sql: string, pattern: RegExp): number {
  const match = pattern.exec(sql);
  if (!match?.[1]) throw new Error(`${pattern} not found`);
  return Number(match[1]);
}

describe("limits the database enforces", () => {
  it("record_parcel_events: events per call", () => {
    expect(figure(latestFunction("record_parcel_events"), /jsonb_array_length\(events\)\s*>\s*(\d+)/)).toBe(MAX_EVENTS_PER_CALL);
  });

  it("parcels_in_bbox: parcels per call", () => {
    expect(figure(latestFunction("parcels_in_bbox"), /max_features\s*>\s*(\d+)/)).toBe(MAX_FEATURES_PER_BBOX_CALL);
  });

  it("an event's note, a blocker's reason and who must act", () => {
    const checks = readdirSync(MIGRATIONS).sort().map((f) => readFileSync(join(MIGRATIONS, f), "utf8")).join("\n");
    const last = (pattern: RegExp) => {
      const all = [...checks.matchAll(pattern)];
      if (all.length === 0) throw new Error(`${pattern} not found`);
      return Number(all[all.length - 1]![1]);
    };
    expect(last(/length\(f\.note\)\s*>\s*(\d+)/g)).toBe(NOTE_MAX);
    expect(last(/length\(f\.blocker ->> 'reason'\)\s*>\s*(\d+)/g)).toBe(REASON_MAX);
    expect(last(/length\(f\.blocker ->> 'responsible'\)\s*>\s*(\d+)/g)).toBe(RESPONSIBLE_MAX);
  });

  it("the import RPCs: rows per call", () => {
    // both check their rows in one helper
    expect(figure(latestFunction("import_rows", "private"), /jsonb_array_length\(v_rows\)\s*>\s*(\d+)/)).toBe(MAX_IMPORT_ROWS);
    for (const name of ["import_parcels", "import_admin_units"]) {
      expect(latestFunction(name)).toMatch(/private\.import_rows\(p_import,/);
    }
  });

  it("import_parcels: how far the legal area may be from the drawn area", () => {
    expect(figure(latestFunction("import_parcels"), /abs\(s\.area - s\.drawn::numeric\)\s*>\s*([0-9.]+)\s*\*/)).toBe(
      IMPORT_AREA_TOLERANCE,
    );
  });
});
