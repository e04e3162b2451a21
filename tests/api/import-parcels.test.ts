// import_parcels through the HTTP API (issue 14): the shared validation cases as the server reads
// them, a dry run and then the commit, a retried commit, who may import, and the parcels showing
// on the map and in the totals afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { AnyGeometry, ImportAnswer, ParcelImportRow } from "@/domain/import-types";
import { PAIR_CASES, SINGLE_CASES } from "../cases/import-validation-cases";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, sql, type World } from "./support/fixtures";

const META = {
  file_name: "thua-dat.geojson", format: "geojson", crs: "WGS 84", crs_proj4: null, axis_swapped: false,
  encoding: null, mapping: { map_sheet: { column: "SHBANDO" }, parcel_no: { column: "SHTHUA" } },
};

function row(n: number, geom: AnyGeometry | null, extra: Partial<ParcelImportRow> = {}): ParcelImportRow {
  return {
    row: n, map_sheet: "90", parcel_no: String(n), land_type: "LUC", area_m2: 1000,
    geom: geom as AnyGeometry, source_geom: geom as AnyGeometry, owner_name: null, household: null, ...extra,
  };
}

async function importParcels(client: SupabaseClient, projectId: string, dryRun: boolean, rows: ParcelImportRow[]) {
  return client.rpc("import_parcels", { p_import: { ...META, project_id: projectId, dry_run: dryRun, rows } });
}

async function answerOf(client: SupabaseClient, projectId: string, dryRun: boolean, rows: ParcelImportRow[]) {
  const { data, error } = await importParcels(client, projectId, dryRun, rows);
  if (error) throw new Error(`import_parcels failed: ${error.code} ${error.message}`);
  return data as ImportAnswer;
}

/** A small square parcel (0.0005°, about 52 × 58 m) with its south-west corner at (lon, lat). */
function square(lon: number, lat: number): AnyGeometry {
  const s = 0.0005;
  return { type: "Polygon", coordinates: [[[lon, lat], [lon + s, lat], [lon + s, lat + s], [lon, lat + s], [lon, lat]]] };
}

let w: World;
let admin: SupabaseClient;

beforeAll(async () => {
  w = await createWorld(2);
  // The province and Văn Giang need boundaries for the server to place parcels (the API fixtures
  // create the units without geometry).
  await sql`update public.admin_units set geom = ${sql.json({ type: "Polygon", coordinates: [[[105.5, 20.5], [106.6, 20.5], [106.6, 21.2], [105.5, 21.2], [105.5, 20.5]]] })}
            where id = '33' and geom is null`;
  await sql`update public.admin_units set geom = ${sql.json({ type: "Polygon", coordinates: [[[105.85, 20.85], [105.98, 20.85], [105.98, 21.0], [105.85, 21.0], [105.85, 20.85]]] })}
            where id = '326' and geom is null`;
  admin = await signedIn(w.users.admin);
});

describe("the shared validation cases, as the server reads them", () => {
  for (const c of SINGLE_CASES) {
    it(c.name, async () => {
      const valid = c.codes.length === 0;
      // a valid shape is sent with an unknown land type and half again its drawn area, so that the
      // answer shows the server's point on surface (the problems' place) and drawn area (the detail)
      const extra = valid ? { land_type: "XYZ", area_m2: c.drawnAreaM2! * 1.5 } : {};
      const answer = await answerOf(admin, w.projectId, true, [row(1, c.geometry, extra)]);
      if (valid) {
        expect(answer.problems.map((p) => p.code)).toEqual(["area_mismatch", "land_type_unknown"]);
        const [mismatch, unknown] = answer.problems;
        expect(Number(mismatch!.detail)).toBeCloseTo(c.drawnAreaM2!, 0);
        expect(unknown!.at![0]).toBeCloseTo(c.pointOnSurface![0], 9);
        expect(unknown!.at![1]).toBeCloseTo(c.pointOnSurface![1], 9);
      } else {
        expect(answer.problems.map((p) => p.code)).toEqual(c.codes);
        if (c.at === null) expect(answer.problems[0]!.at).toBeNull();
        else if (c.at) {
          expect(answer.problems[0]!.at![0]).toBeCloseTo(c.at[0], 9);
          expect(answer.problems[0]!.at![1]).toBeCloseTo(c.at[1], 9);
        }
      }
    });
  }
  for (const c of PAIR_CASES) {
    it(`pair: ${c.name} → ${c.overlap ? "overlap" : "no overlap"}`, async () => {
      const answer = await answerOf(admin, w.projectId, true, [row(1, c.a, { parcel_no: "a" }), row(2, c.b, { parcel_no: "b" })]);
      const overlaps = answer.problems.filter((p) => p.code === "overlap");
      if (c.overlap) {
        expect(overlaps.map((p) => [p.row, p.other_row])).toEqual([[1, 2], [2, 1]]);
      } else {
        expect(overlaps).toEqual([]);
      }
    });
  }
});

describe("import_parcels: dry run, commit, retry", () => {
  const rows = () => [
    row(1, square(105.9400, 20.9400), { area_m2: 2900, owner_name: "Nguyễn Văn Nhập" }),
    row(2, square(105.9405, 20.9400), { area_m2: 2900, land_type: "ONT" }),
    row(3, square(105.9400, 20.9405), { area_m2: 2900 }),
  ];

  it("an officer's dry run in their area counts new parcels and writes nothing, then the commit writes them", async () => {
    const officer = await signedIn(w.users.officerVanGiang);
    const before = await anonClient().rpc("progress_summary", { group_by: "project" });
    const parcelsBefore = Number((before.data as { key: string; parcels: number }[]).find((r) => r.key === w.projectId)!.parcels);

    const dry = await answerOf(officer, w.projectId, true, rows());
    expect(dry).toEqual({ run_id: null, committed: false, counts: { new: 3, updated: 0, unchanged: 0, refused: 0 }, problems: [] });
    const [{ n: afterDry }] = await sql<[{ n: number }]>`select count(*)::int as n from public.parcels where project_id = ${w.projectId}`;
    expect(afterDry).toBe(parcelsBefore);

    const commit = await answerOf(officer, w.projectId, false, rows());
    expect(commit.committed).toBe(true);
    expect(commit.run_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(commit.counts).toEqual({ new: 3, updated: 0, unchanged: 0, refused: 0 });

    // on the map and in the totals
    const bbox = await anonClient().rpc("parcels_in_bbox", { min_lon: 105.9399, min_lat: 20.9399, max_lon: 105.9411, max_lat: 20.9411 });
    const features = (bbox.data as { features: { properties: { project_id: string; map_sheet: string; parcel_no: string; stage: string } }[] }).features
      .filter((f) => f.properties.project_id === w.projectId);
    expect(features.map((f) => f.properties.parcel_no).sort()).toEqual(["1", "2", "3"]);
    expect(features.every((f) => f.properties.stage === "not_started")).toBe(true);
    const after = await anonClient().rpc("progress_summary", { group_by: "project" });
    const mine = (after.data as { key: string; parcels: number }[]).find((r) => r.key === w.projectId)!;
    expect(Number(mine.parcels)).toBe(parcelsBefore + 3);

    // the run is recorded, readable by the officer, with the owner in parcel_private
    const runs = await officer.from("import_runs").select("id,layer,file_name,counts").eq("id", commit.run_id!);
    expect(runs.data).toEqual([{ id: commit.run_id, layer: "parcels", file_name: "thua-dat.geojson", counts: commit.counts }]);
    const sources = await officer.from("import_sources").select("row").eq("run_id", commit.run_id!).order("row");
    expect(sources.data).toEqual([{ row: 1 }, { row: 2 }, { row: 3 }]);
    const [owner] = await sql<{ owner_name: string }[]>`
      select pp.owner_name from public.parcel_private pp join public.parcels p on p.id = pp.parcel_id
      where p.project_id = ${w.projectId} and p.map_sheet = '90' and p.parcel_no = '1'`;
    expect(owner?.owner_name).toBe("Nguyễn Văn Nhập");

    // the same file committed again (a retry after a lost answer) changes nothing
    const again = await answerOf(officer, w.projectId, false, rows());
    expect(again.committed).toBe(true);
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 3, refused: 0 });
    const [{ n: afterRetry }] = await sql<[{ n: number }]>`select count(*)::int as n from public.parcels where project_id = ${w.projectId}`;
    expect(afterRetry).toBe(parcelsBefore + 3);
  });

  it("an officer outside the parcels' area is refused row by row, and nothing is written", async () => {
    const officer = await signedIn(w.users.officerVanLam);
    const answer = await answerOf(officer, w.projectId, false, [row(1, square(105.95, 20.95), { area_m2: 2900 }), row(2, square(105.9505, 20.95), { area_m2: 2900 })]);
    expect(answer.committed).toBe(false);
    expect(answer.problems.map((p) => [p.row, p.code])).toEqual([[1, "not_in_area"], [2, "not_in_area"]]);
    const [{ n }] = await sql<[{ n: number }]>`
      select count(*)::int as n from public.parcels where project_id = ${w.projectId} and map_sheet = '90' and parcel_no in ('1', '2')
        and geom -> 'coordinates' -> 0 -> 0 ->> 0 = '105.95'`;
    expect(n).toBe(0);
  });

  it("anon, a leader and a user without a role are refused the whole call", async () => {
    for (const client of [anonClient(), await signedIn(w.users.leader), await signedIn(w.users.nobody)]) {
      const { data, error } = await importParcels(client, w.projectId, true, [row(1, square(105.95, 20.95))]);
      expect(data).toBeNull();
      expect(error?.code).toBe("42501");
    }
  });

  it("anon sees no import run", async () => {
    const { data } = await anonClient().from("import_runs").select("id");
    expect(data).toEqual([]);
  });
});
