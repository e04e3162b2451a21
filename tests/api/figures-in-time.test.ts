// progress_as_of and target_progress over the HTTP API: a handover recorded now moves today's
// figures by exactly its area and leaves the past, and targets whose period has ended, alone.
import { beforeAll, describe, expect, it } from "vitest";
import { anonClient, signedIn } from "./support/clients";
import { event, record } from "./support/events";
import { createWorld, sql, type World } from "./support/fixtures";

let world: World;
const DAY_MS = 86_400_000;

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD. */
function vnDate(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

interface Row { key: string; cleared_area_m2: string | number; cleared_parcels: string | number }
interface TargetRow { id: string; actual: string | number | null; status: string }

async function clearedOfProject(at: string): Promise<number> {
  const { data, error } = await anonClient().rpc("progress_as_of", { p_at: at, group_by: "project" });
  if (error) throw new Error(error.message);
  const row = (data as Row[]).find((r) => r.key === world.projectId);
  return Number(row?.cleared_area_m2 ?? NaN);
}

async function targetsNow(): Promise<Map<string, TargetRow>> {
  const { data, error } = await anonClient().rpc("target_progress", { p_at: vnDate() });
  if (error) throw new Error(error.message);
  return new Map((data as TargetRow[]).map((t) => [t.id, t]));
}

let endedTarget = "";
let runningTarget = "";

beforeAll(async () => {
  world = await createWorld(2);
  await sql`update public.projects set status = 'under_clearance', decision_kind = 'establishment',
              decision_no = ${`${world.tag}/QĐ-UBND`}, decision_date = '2023-05-01' where id = ${world.projectId}`;
  const [ended] = await sql<{ id: string }[]>`
    insert into public.targets (name, scope_project_id, measure, min_value, period_start, period_end, due_date, source)
    values (${`Năm 2024 ${world.tag}`}, ${world.projectId}, 'cleared_area_ha', 1, '2024-01-01', '2024-12-31', '2024-12-31', 'Kiểm thử')
    returning id`;
  const [running] = await sql<{ id: string }[]>`
    insert into public.targets (name, scope_project_id, measure, min_value, due_date, source)
    values (${`Lũy kế ${world.tag}`}, ${world.projectId}, 'cleared_area_ha', 0.1, '2099-12-31', 'Kiểm thử')
    returning id`;
  endedTarget = ended!.id;
  runningTarget = running!.id;
});

describe("figures in time", () => {
  it("an officer's handover now moves today's figures by exactly its area, not yesterday's", async () => {
    const parcel = world.vanGiang[0]!;
    const [{ area_m2 }] = await sql<[{ area_m2: string }]>`select area_m2 from public.parcels where id = ${parcel}`;
    const yesterday = new Date(Date.now() - DAY_MS).toISOString();
    const beforeYesterday = await clearedOfProject(yesterday);
    const beforeToday = await clearedOfProject(new Date().toISOString());
    const targetsBefore = await targetsNow();

    const officer = await signedIn(world.users.officerVanGiang);
    const [answer] = await record(officer, [event(parcel, 1, { to_stage: "handed_over", note: "Bàn giao theo biên bản" })]);
    expect(answer!.status).toBe("applied");

    expect(await clearedOfProject(yesterday)).toBe(beforeYesterday);
    expect(await clearedOfProject(new Date().toISOString())).toBe(beforeToday + Number(area_m2));
    const targetsAfter = await targetsNow();
    expect(targetsAfter.get(endedTarget)).toEqual(targetsBefore.get(endedTarget)); // its period ended in 2024
    expect(Number(targetsAfter.get(runningTarget)!.actual)).toBeCloseTo(
      Number(targetsBefore.get(runningTarget)!.actual) + Number(area_m2) / 10_000, 9);
    expect(targetsAfter.get(runningTarget)!.status).toBe("met");
  });

  it("progress_as_of now equals progress_summary", async () => {
    const anon = anonClient();
    for (const group_by of ["province", "kind", "project", "admin_unit"]) {
      const [asOf, summary] = await Promise.all([
        anon.rpc("progress_as_of", { p_at: new Date(Date.now() + 1000).toISOString(), group_by }),
        anon.rpc("progress_summary", { group_by }),
      ]);
      expect(asOf.error).toBeNull();
      expect(asOf.data, group_by).toEqual(summary.data);
    }
  });

  it("anon gets aggregates and targets only: no personal field in the new functions' answers", async () => {
    const anon = anonClient();
    const { data: rows } = await anon.rpc("progress_as_of", { p_at: new Date().toISOString(), group_by: "admin_unit" });
    expect(Object.keys((rows as object[])[0]!).sort()).toEqual([
      "area_to_clear_m2", "blocked_parcels", "cleared_area_m2", "cleared_parcels", "key", "kind", "name", "parcels",
      "started_projects", "total_area_m2",
    ]);
    const { data: targets } = await anon.rpc("target_progress");
    expect(Object.keys((targets as object[])[0]!).sort()).toEqual([
      "actual", "area_to_clear_m2", "due_date", "entered_area_m2", "exceeds_max", "forecast_date", "id",
      "max_exclusive", "max_value", "measure", "min_exclusive", "min_value", "name", "name_en", "notes",
      "pace_per_week", "period_end", "period_start", "projects", "scope_admin_unit_id", "scope_kind",
      "scope_project_id", "scope_statuses", "source", "status",
    ]);
  });

  it("refuses a missing date with a clear message", async () => {
    const { error } = await anonClient().rpc("progress_as_of", { p_at: null, group_by: "project" });
    expect(error?.message).toMatch(/Thiếu thời điểm p_at/);
    const bad = await anonClient().rpc("progress_as_of", { p_at: new Date().toISOString(), group_by: "huyện" });
    expect(bad.error?.message).toMatch(/group_by phải là một trong/);
  });
});
