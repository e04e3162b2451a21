// The meeting view's other RPCs over the HTTP API, parsed by the app's own parsers:
// project_report, parcel_timeline, area_progress, parcels_in_bbox_as_of on a past day, and the
// GeoJSON export with personal fields only for those allowed to see them.
import { beforeAll, describe, expect, it } from "vitest";
import { anonClient, signedIn } from "./support/clients";
import { event, record } from "./support/events";
import { createWorld, ownerIn, SECRET_OWNER, sql, type World } from "./support/fixtures";
import { parseProjectReport } from "@/data/project-report-query";
import { parseParcelTimeline } from "@/data/parcel-timeline-query";
import { parseAreaProgress } from "@/data/area-progress-query";
import { parseParcelsExport } from "@/data/parcels-export-query";
import { parseProgressRows } from "@/data/progress-summary-query";
import { asOfInstant } from "@/domain/as-of-day";

let world: World;

beforeAll(async () => {
  world = await createWorld(2);
  const [a, b] = world.vanGiang;
  const officer = await signedIn(world.users.officerVanGiang);
  const answers = [
    ...(await record(officer, [
      event(a!, 1, { to_stage: "notice", note: "Thông báo thu hồi", occurred_at: "2024-01-10T09:00:00+07:00" }),
      event(b!, 1, { blocker: { reason: "  Chưa đồng ý   đơn giá ", responsible: "UBND xã" },
                     note: "Hộ ông Bí Mật", occurred_at: "2024-02-01T09:00:00+07:00" }),
    ])),
    ...(await record(officer, [
      event(a!, 2, { to_stage: "recovery_decided", note: "Quyết định thu hồi", occurred_at: "2024-03-01T09:00:00+07:00" }),
    ])),
  ];
  expect(answers.map((x) => x.status)).toEqual(["applied", "applied", "applied"]);
});

describe("project_report", () => {
  it("gives the project's stages, blockers and waits now and on a past day, parsed by the app", async () => {
    const { data, error } = await anonClient().rpc("project_report");
    expect(error).toBeNull();
    const report = parseProjectReport(data as unknown).find((r) => r.id === world.projectId)!;
    expect(report).toMatchObject({ parcels: 4, blockedParcels: 1, staleBlockers: 1, clearedParcels: 0,
      oldestStageSince: new Date("2024-03-01T02:00:00Z").toISOString() });
    expect(report.byStage.recovery_decided.parcels).toBe(1);
    expect(report.byStage.not_started.parcels).toBe(3);
    expect(report.blockers).toEqual([{ reason: "Chưa đồng ý đơn giá", responsible: "UBND xã", parcels: 1,
      areaM2: 1010, oldestSince: new Date("2024-02-01T02:00:00Z").toISOString(), staleParcels: 1 }]);

    const past = await anonClient().rpc("project_report", { p_at: asOfInstant("2024-01-31") });
    const then = parseProjectReport(past.data as unknown).find((r) => r.id === world.projectId)!;
    expect([then.byStage.notice.parcels, then.blockedParcels, then.blockers]).toEqual([1, 0, []]);
  });

  it("agrees with progress_as_of on the cleared and blocked parcels of a past day", async () => {
    const at = asOfInstant("2024-02-15");
    const [report, asOf] = await Promise.all([
      anonClient().rpc("project_report", { p_at: at }),
      anonClient().rpc("progress_as_of", { p_at: at, group_by: "project" }),
    ]);
    const row = parseProjectReport(report.data as unknown).find((r) => r.id === world.projectId)!;
    const progress = parseProgressRows(asOf.data as unknown, "progress_as_of").find((r) => r.key === world.projectId)!;
    expect([row.clearedAreaM2, row.blockedParcels, row.parcels]).toEqual([progress.clearedAreaM2, progress.blockedParcels, progress.parcels]);
  });
});

describe("parcel_timeline", () => {
  it("gives each act's day and the blocker's start, and nothing private", async () => {
    const { data, error } = await anonClient().rpc("parcel_timeline", { p_project_id: world.projectId });
    expect(error).toBeNull();
    expect(JSON.stringify(data)).not.toContain("Bí Mật");
    const rows = parseParcelTimeline(data as unknown);
    const [a, b] = world.vanGiang;
    expect(rows.find((r) => r.id === a)).toMatchObject({ stage: "recovery_decided",
      acts: { notice: "2024-01-10", recovery_decided: "2024-03-01" } });
    expect(rows.find((r) => r.id === b)).toMatchObject({ stage: "not_started", blocked: true, acts: {},
      blockedSince: new Date("2024-02-01T02:00:00Z").toISOString() });
    const one = await anonClient().rpc("parcel_timeline", { p_parcel_ids: [a], p_at: asOfInstant("2024-02-01") });
    expect(parseParcelTimeline(one.data as unknown).map((r) => [r.stage, r.acts])).toEqual([["notice", { notice: "2024-01-10" }]]);
  });

  it("asks for one project or a list, with a Vietnamese message otherwise", async () => {
    const { error } = await anonClient().rpc("parcel_timeline", {});
    expect(error?.message).toBe("Cần đúng một trong hai: p_project_id (một dự án) hoặc p_parcel_ids (danh sách thửa).");
  });
});

describe("area_progress", () => {
  it("rolls the parcels up to the districts", async () => {
    const { data, error } = await anonClient().rpc("area_progress", { p_level: "district" });
    expect(error).toBeNull();
    const rows = parseAreaProgress(data as unknown);
    // every parcel of the database counts, other files' included: the expected figures are
    // counted here from the parcels' own district, or their commune's
    const counted = await sql<{ district: string; parcels: number; blocked: number; cleared: number; area: string }[]>`
      select coalesce(p.district_id, c.parent_id) as district, count(*)::int as parcels,
             (count(*) filter (where p.blocked))::int as blocked,
             (count(*) filter (where p.stage = 'handed_over'))::int as cleared, sum(p.area_m2)::text as area
      from public.parcels p left join public.admin_units c on c.id = p.commune_id
      where coalesce(p.district_id, c.parent_id) in ('325', '326') group by 1`;
    const of = (id: string) => counted.find((r) => r.district === id)!;
    expect(of("326").parcels).toBeGreaterThanOrEqual(2);
    expect(rows.find((r) => r.id === "326")).toMatchObject({
      level: "district", parcels: of("326").parcels, blockedParcels: of("326").blocked, totalAreaM2: Number(of("326").area),
    });
    expect(rows.find((r) => r.id === "325")).toMatchObject({ parcels: of("325").parcels, clearedParcels: of("325").cleared });
    const bad = await anonClient().rpc("area_progress", { p_level: "tỉnh" });
    expect(bad.error?.message).toBe("p_level phải là district hoặc commune (nhận được: tỉnh).");
  });
});

describe("parcels_in_bbox_as_of", () => {
  it("shows a parcel at the stage it had on a past day", async () => {
    const args = { min_lon: 105, min_lat: 20, max_lon: 107, max_lat: 21.5 };
    const { data, error } = await anonClient().rpc("parcels_in_bbox_as_of", { ...args, p_at: asOfInstant("2024-02-15") });
    expect(error).toBeNull();
    const features = (data as { features: { id: string; properties: { stage: string; version: number } }[] }).features;
    expect(features.find((f) => f.id === world.vanGiang[0])?.properties).toMatchObject({ stage: "notice", version: 2 });
    const now = await anonClient().rpc("parcels_in_bbox", args);
    const current = (now.data as typeof data as { features: { id: string; properties: { stage: string } }[] }).features;
    expect(current.find((f) => f.id === world.vanGiang[0])?.properties.stage).toBe("recovery_decided");
  });
});

describe("parcels_export", () => {
  it("gives anon the public fields only, and refuses anon the full export", async () => {
    const anon = anonClient();
    const { data, error } = await anon.rpc("parcels_export", { p_project_id: world.projectId });
    expect(error).toBeNull();
    const text = JSON.stringify(data);
    expect(text).not.toContain(SECRET_OWNER);
    expect(text).not.toContain("987654321");
    expect(parseParcelsExport(data as unknown).features).toHaveLength(4);
    const full = await anon.rpc("parcels_export", { p_project_id: world.projectId, p_full: true });
    expect(full.error?.code).toBe("42501");
    expect(full.error?.message).toBe("Bạn không có quyền xuất dữ liệu cá nhân của các thửa này (chỉ cán bộ địa bàn, lãnh đạo).");
    const nobody = await signedIn(world.users.nobody);
    expect((await nobody.rpc("parcels_export", { p_project_id: world.projectId, p_full: true })).error?.code).toBe("42501");
  });

  it("gives an officer the personal fields of their area only, and a leader all", async () => {
    const officer = await signedIn(world.users.officerVanGiang);
    const mine = parseParcelsExport((await officer.rpc("parcels_export", { p_project_id: world.projectId, p_full: true })).data as unknown);
    const owners = mine.features.map((f) => f.properties.owner_name);
    expect(owners.filter((o) => o === ownerIn("326"))).toHaveLength(2);
    expect(owners.filter((o) => o === undefined)).toHaveLength(2); // Văn Lâm's: public fields only
    const leader = await signedIn(world.users.leader);
    const all = parseParcelsExport((await leader.rpc("parcels_export", { p_project_id: world.projectId, p_full: true })).data as unknown);
    expect(all.features.map((f) => f.properties.compensation_vnd)).toEqual([987654321, 987654321, 987654321, 987654321]);
  });
});
