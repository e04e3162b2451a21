// target_burnup over the HTTP API, against target_progress and progress_as_of: its last point is
// target_progress's actual, its point on a past day is that day's actual and, for a cleared-area
// target of one project, progress_as_of's cleared area of that project at the end of the day.
// Every target of every measure and scope is compared, on days around each act.
import { beforeAll, describe, expect, it } from "vitest";
import { anonClient, signedIn } from "./support/clients";
import { event, record } from "./support/events";
import { createWorld, sql, type World } from "./support/fixtures";
import { parseTargetBurnup } from "@/data/target-burnup-query";
import { parseTargetProgress } from "@/data/target-progress-query";
import { parseProgressRows } from "@/data/progress-summary-query";
import { asOfInstant } from "@/domain/as-of-day";

let world: World;
const targets: Record<string, string> = {};
// the acts below fall on these days; the comparisons look at them and the days around them
const ACT_DAYS = ["2024-03-05", "2024-03-10", "2024-04-02", "2024-04-20", "2024-05-01"];
const CHECK_DAYS = ["2024-03-04", ...ACT_DAYS, "2024-04-19", "2024-04-30", "2024-05-31", "2024-06-15"];

function vnToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The whole series, page by page: the API answers at most 1,000 rows, and a cumulative target runs longer. */
async function burnup(targetId: string, day?: string) {
  const points = [];
  for (let from = 0; ; from += 1000) {
    const { data, error } = await anonClient()
      .rpc("target_burnup", day ? { p_target_id: targetId, p_at: day } : { p_target_id: targetId })
      .order("day").range(from, from + 999);
    if (error) throw new Error(error.message);
    const page = parseTargetBurnup(data as unknown);
    points.push(...page);
    if (page.length < 1000) return points;
  }
}

async function actuals(day?: string): Promise<Map<string, number | null>> {
  const { data, error } = await anonClient().rpc("target_progress", day ? { p_at: day } : {});
  if (error) throw new Error(error.message);
  return new Map(parseTargetProgress(data as unknown).map((t) => [t.id, t.actual]));
}

beforeAll(async () => {
  world = await createWorld(3);
  const [a, b, c] = world.vanGiang;
  const [d] = world.vanLam;
  const vg = await signedIn(world.users.officerVanGiang);
  const vl = await signedIn(world.users.officerVanLam);
  // acts dated in 2024, recorded through the API as officers would record them late
  const answers = [
    ...(await record(vg, [
      event(a!, 1, { to_stage: "handed_over", note: "Bàn giao theo biên bản", occurred_at: "2024-03-10T09:00:00+07:00" }),
      event(b!, 1, { to_stage: "dialogue", occurred_at: "2024-03-05T09:00:00+07:00" }),
    ])),
    ...(await record(vg, [event(b!, 2, { to_stage: "handed_over", note: "Bàn giao sớm", occurred_at: "2024-04-02T09:00:00+07:00" })])),
    ...(await record(vg, [event(b!, 3, { to_stage: "compensated", note: "Trả lại do đo đạc sai", occurred_at: "2024-04-20T09:00:00+07:00" })])),
    ...(await record(vg, [event(c!, 1, { to_stage: "dialogue", occurred_at: "2024-04-20T10:00:00+07:00" })])),
    // the first instant of 1 May: 1 May's act
    ...(await record(vl, [event(d!, 1, { to_stage: "handed_over", note: "Bàn giao", occurred_at: "2024-05-01T00:00:00+07:00" })])),
  ];
  expect(answers.map((x) => x.status)).toEqual(Array(answers.length).fill("applied"));
  await sql`update public.projects set status = 'under_clearance', decision_kind = 'establishment',
              decision_no = ${`${world.tag}/QĐ`}, decision_date = '2023-05-01' where id = ${world.projectId}`;
  await sql`insert into public.infrastructure_entries (project_id, as_of, built_area_m2)
            values (${world.projectId}, '2024-03-31', 1500), (${world.projectId}, '2024-05-10', 1200)`;
  const rows = await sql<{ name: string; id: string }[]>`
    insert into public.targets (name, measure, scope_kind, scope_project_id, scope_admin_unit_id, scope_statuses,
                                min_value, period_start, period_end, due_date, source)
    values
      (${`cumulative ${world.tag}`}, 'cleared_area_ha', null, ${world.projectId}, null, null, 0.2, null, null, '2099-12-31', 'API'),
      (${`april ${world.tag}`}, 'cleared_area_ha', 'industrial_cluster', null, null, null, 0.5, '2024-04-01', '2024-04-30', '2024-04-30', 'API'),
      (${`share ${world.tag}`}, 'cleared_share', null, ${world.projectId}, null, '{under_clearance}', 0.5, '2024-03-01', '2024-05-31', '2024-05-31', 'API'),
      (${`started ${world.tag}`}, 'projects_started', 'industrial_cluster', null, null, null, 1, null, null, '2099-12-31', 'API'),
      (${`unit ${world.tag}`}, 'cleared_area_ha', null, null, '326', null, 0.1, null, null, '2099-12-31', 'API'),
      (${`infra ${world.tag}`}, 'infrastructure_area_ha', null, ${world.projectId}, null, null, 0.1, '2024-03-01', '2024-12-31', '2024-12-31', 'API')
    returning name, id`;
  for (const r of rows) targets[r.name.split(" ")[0]!] = r.id;
});

describe("target_burnup", () => {
  it("its last point is target_progress's actual, today and on past days, for every target", async () => {
    const all = [...(await actuals()).keys()];
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const day of [undefined, ...CHECK_DAYS]) {
      const expected = await actuals(day);
      for (const id of all) {
        const series = await burnup(id, day);
        if (expected.get(id) === null || series.length === 0) {
          // not measurable, or a period not begun (actual 0 then): no series
          expect(series, `${id} ${day}`).toEqual([]);
          continue;
        }
        expect(series.at(-1)!.value, `${id} on ${day ?? "today"}`).toBe(expected.get(id));
      }
    }
  });

  it("every point on the days around the acts is that day's target_progress actual", async () => {
    for (const id of Object.values(targets)) {
      const series = new Map((await burnup(id, "2024-06-15")).map((p) => [p.day, p.value]));
      for (const day of CHECK_DAYS) {
        if (!series.has(day)) continue;
        expect(series.get(day), `${id} on ${day}`).toBe((await actuals(day)).get(id));
      }
    }
  });

  it("a project's cumulative cleared hectares on a past day are progress_as_of's cleared area then", async () => {
    const series = new Map((await burnup(targets.cumulative!)).map((p) => [p.day, p.value]));
    // the series starts on the first handover, 10/3
    expect([series.has("2024-03-09"), series.get("2024-03-10")]).toEqual([false, 0.1]);
    for (const day of CHECK_DAYS.filter((d) => series.has(d))) {
      const { data, error } = await anonClient().rpc("progress_as_of", { p_at: asOfInstant(day), group_by: "project" });
      expect(error).toBeNull();
      const row = parseProgressRows(data as unknown, "progress_as_of").find((r) => r.key === world.projectId);
      expect(series.get(day), day).toBeCloseTo((row?.clearedAreaM2 ?? 0) / 10_000, 12);
    }
    // handed over on 10/3 (1,000 m²) and on 2/4 (1,010 m²), the second taken back on 20/4
    expect(series.get("2024-04-19")).toBeCloseTo(0.201, 12);
    expect(series.get("2024-04-20")).toBeCloseTo(0.1, 12);
  });

  it("runs from the period's first day (or the first move) to the day asked, one point a day", async () => {
    const april = await burnup(targets.april!, "2024-06-15");
    expect([april[0]!.day, april.at(-1)!.day, april.length]).toEqual(["2024-04-01", "2024-04-30", 30]);
    const cumulative = await burnup(targets.cumulative!, "2024-05-01");
    expect([cumulative[0]!.day, cumulative.at(-1)!.day]).toEqual(["2024-03-10", "2024-05-01"]);
    expect(await burnup(targets.april!, "2024-03-31")).toEqual([]);
    const today = await burnup(targets.unit!);
    expect(today.at(-1)!.day).toBe(vnToday());
  });

  it("an unknown target is refused with a Vietnamese message", async () => {
    const { error } = await anonClient().rpc("target_burnup", { p_target_id: "00000000-0000-4000-8000-000000000000" });
    // P0002 in the database (pgTAP checks it); lite passes codes it has no HTTP status for as
    // "SUP", with the database's message in its text
    expect(error?.message).toContain("Không tìm thấy chỉ tiêu 00000000-0000-4000-8000-000000000000.");
  });
});
