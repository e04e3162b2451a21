import { describe, it, expect, beforeAll } from "vitest";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, sql, type World } from "./support/fixtures";
import { event, record } from "./support/events";
import { STAGES } from "@/domain/stages";

let world: World;
beforeAll(async () => {
  world = await createWorld(3);
  const officer = await signedIn(world.users.officerVanGiang);
  await record(officer, [event(world.vanGiang[0]!, 1, { to_stage: "handed_over", note: "Bàn giao sớm" })]);
  await record(officer, [event(world.vanGiang[1]!, 1, { blocker: { reason: "Khiếu nại", responsible: "UBND xã" } })]);
});

type Row = { key: string; total_area_m2: number | string; cleared_area_m2: number | string; parcels: number; cleared_parcels: number; blocked_parcels: number; started_projects: number };

describe("stage table", () => {
  it("the database lists the TypeScript stage ids in the same order", async () => {
    const { data } = await anonClient().from("stages").select("id, position, is_cleared").order("position");
    expect(data).toEqual(STAGES.map((s) => ({ id: s.id, position: s.position, is_cleared: s.isCleared })));
  });
});

describe("progress_summary", () => {
  it("totals equal the sums over parcels, for every grouping, for anon", async () => {
    const [truth] = await sql`
      select sum(area_m2)::float8 as total, coalesce(sum(area_m2) filter (where stage = 'handed_over'), 0)::float8 as cleared,
             count(*)::int as n, count(*) filter (where blocked)::int as blocked
      from public.parcels`;
    for (const groupBy of ["province", "kind", "project", "admin_unit"]) {
      const { data, error } = await anonClient().rpc("progress_summary", { group_by: groupBy });
      expect(error).toBeNull();
      const rows = data as Row[];
      const sum = (f: (r: Row) => number | string) => rows.reduce((n, r) => n + Number(f(r)), 0);
      expect(sum((r) => r.total_area_m2)).toBeCloseTo(truth!.total, 6);
      expect(sum((r) => r.cleared_area_m2)).toBeCloseTo(truth!.cleared, 6);
      expect(sum((r) => r.parcels)).toBe(truth!.n);
      expect(sum((r) => r.blocked_parcels)).toBe(truth!.blocked);
    }
  });

  it("by kind equals the project rows summed per kind (the app derives one from the other)", async () => {
    const { data: byKind } = await anonClient().rpc("progress_summary", { group_by: "kind" });
    const { data: byProject } = await anonClient().rpc("progress_summary", { group_by: "project" });
    const sums = new Map<string, { total: number; cleared: number; parcels: number; blocked: number; started: number }>();
    for (const r of byProject as (Row & { kind: string })[]) {
      const s = sums.get(r.kind) ?? { total: 0, cleared: 0, parcels: 0, blocked: 0, started: 0 };
      expect([0, 1]).toContain(r.started_projects);
      sums.set(r.kind, { total: s.total + Number(r.total_area_m2), cleared: s.cleared + Number(r.cleared_area_m2),
        parcels: s.parcels + r.parcels, blocked: s.blocked + r.blocked_parcels, started: s.started + r.started_projects });
    }
    expect((byKind as Row[]).map((r) => r.key).sort()).toEqual([...sums.keys()].sort());
    for (const r of byKind as Row[]) {
      const s = sums.get(r.key)!;
      expect(Number(r.total_area_m2)).toBeCloseTo(s.total, 6);
      expect(Number(r.cleared_area_m2)).toBeCloseTo(s.cleared, 6);
      expect([r.parcels, r.blocked_parcels, r.started_projects]).toEqual([s.parcels, s.blocked, s.started]);
    }
  });

  it("counts this project's cleared and blocked parcels", async () => {
    const { data } = await anonClient().rpc("progress_summary", { group_by: "project" });
    const row = (data as Row[]).find((r) => r.key === world.projectId)!;
    expect(row).toMatchObject({ parcels: 6, cleared_parcels: 1, blocked_parcels: 1, started_projects: 1 });
    expect(Number(row.cleared_area_m2)).toBe(1000);
  });

  it("refuses an unknown grouping with a clear message", async () => {
    const { error } = await anonClient().rpc("progress_summary", { group_by: "village" });
    expect(error?.message).toMatch(/group_by/);
  });
});

describe("parcels_in_bbox", () => {
  it("returns the parcels meeting the view with public fields only", async () => {
    const { data, error } = await anonClient().rpc("parcels_in_bbox", { min_lon: 100, min_lat: 20.94, max_lon: 110, max_lat: 20.96 });
    expect(error).toBeNull();
    expect(data.type).toBe("FeatureCollection");
    const ids = data.features.map((f: { id: string }) => f.id);
    for (const id of world.vanLam) expect(ids).toContain(id);
    for (const id of world.vanGiang) expect(ids).not.toContain(id);
    expect(Object.keys(data.features[0].properties).sort()).toEqual(
      ["admin_unit_id", "area_m2", "blocked", "blocker_reason", "blocker_responsible", "id", "land_type", "map_sheet",
        "parcel_no", "project_id", "stage", "version"],
    );
  });

  it("truncates at max_features and says so", async () => {
    const { data } = await anonClient().rpc("parcels_in_bbox", { min_lon: 100, min_lat: 15, max_lon: 110, max_lat: 25, max_features: 2 });
    expect(data.features).toHaveLength(2);
    expect(data.truncated).toBe(true);
  });

  it("refuses an inverted or out-of-range view", async () => {
    const { error } = await anonClient().rpc("parcels_in_bbox", { min_lon: 106, min_lat: 21, max_lon: 105, max_lat: 20 });
    expect(error?.message).toMatch(/Khung nhìn/);
    const big = await anonClient().rpc("parcels_in_bbox", { min_lon: 100, min_lat: 15, max_lon: 110, max_lat: 25, max_features: 0 });
    expect(big.error?.message).toMatch(/max_features/);
  });
});

describe("parcel_history", () => {
  it("lists events newest first, without actor or note for the public", async () => {
    const officer = await signedIn(world.users.officerVanGiang);
    const id = world.vanGiang[2]!;
    await record(officer, [event(id, 1, { to_stage: "dialogue", occurred_at: "2024-03-01T08:00:00+07:00" })]);
    await record(officer, [event(id, 2, { to_stage: "notice", occurred_at: "2024-04-01T08:00:00+07:00" })]);
    const { data } = await anonClient().rpc("parcel_history", { p_parcel_id: id });
    expect(data.map((e: { to_stage: string }) => e.to_stage)).toEqual(["notice", "dialogue"]);
    expect(data.every((e: { actor: unknown; actor_email: unknown }) => e.actor === null && e.actor_email === null)).toBe(true);
  });

  it("says clearly when the parcel does not exist", async () => {
    const { error } = await anonClient().rpc("parcel_history", { p_parcel_id: "00000000-0000-4000-8000-000000000000" });
    expect(error?.message).toMatch(/Không tìm thấy/);
  });
});

describe("my_access", () => {
  it("gives the officer's role and area with its descendants", async () => {
    const officer = await signedIn(world.users.officerVanGiang);
    const { data } = await officer.rpc("my_access");
    expect(data.roles).toEqual([{ role: "officer", admin_unit_id: "326", admin_unit_name: "Huyện Văn Giang" }]);
    expect(data.editable_unit_ids).toEqual(["12001", "326"]);
  });
});
