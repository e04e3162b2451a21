// import_households through the HTTP API (issue 16): a dry run and the commit of a household
// list, all or nothing, each problem code, a party matched by its ID number, who may import.
// The database is shared with the other files: every ID number here is made for this run, and
// counts are read for this file's own rows only.
import { beforeAll, describe, expect, it } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import { anonClient, signedIn } from "./support/clients";
import { createWorld, sql, type World } from "./support/fixtures";

interface Answer {
  committed: boolean;
  run_id: string | null;
  counts: { rows: number; parties_new: number; parties_matched: number; holdings: number; lines: number };
  problems: { n: number; code: string; field: string | null; detail: string | null }[];
  households: { party_id: string; name: string; matched: boolean; rows: number[] }[];
}

type Row = Record<string, unknown> & { n: number };

/** A 12-digit citizen ID no other file uses. */
function idNumber(): string {
  return `0${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`;
}

async function send(client: SupabaseClient, projectId: string, dryRun: boolean, rows: Row[], batch: string | null = null) {
  return client.rpc("import_households", {
    p_import: { dry_run: dryRun, project_id: projectId, file_name: "danh-sach-ho.xlsx", batch, rows },
  });
}

async function answerOf(client: SupabaseClient, projectId: string, dryRun: boolean, rows: Row[], batch: string | null = null) {
  const { data, error } = await send(client, projectId, dryRun, rows, batch);
  if (error) throw new Error(`import_households failed: ${error.code} ${error.message}`);
  return data as Answer;
}

let w: World;
let officer: SupabaseClient;

beforeAll(async () => {
  w = await createWorld(2);
  officer = await signedIn(w.users.officerVanGiang);
});

/** A row on the world's n-th parcel of Văn Giang (map sheet 7, parcel 100 + i). */
function row(n: number, parcel: number, name: string, extra: Record<string, unknown> = {}): Row {
  return { n, commune: "326", map_sheet: "7", parcel_no: String(100 + parcel), party_name: name, ...extra };
}

async function partiesWith(ids: string[]) {
  return sql<{ id: string; name: string; id_number: string; admin_unit_id: string }[]>`
    select id, name, id_number, admin_unit_id from public.parties where id_number in ${sql(ids)} order by id_number`;
}

describe("who may import", () => {
  it("refuses the public, a leader and an admin", async () => {
    const rows = [row(1, 0, "Hộ ông An")];
    expect((await send(anonClient(), w.projectId, true, rows)).error).not.toBeNull();
    const leader = await send(await signedIn(w.users.leader), w.projectId, true, rows);
    expect(leader.error?.code).toBe("42501");
    const admin = await send(await signedIn(w.users.admin), w.projectId, true, rows);
    expect(admin.error?.code).toBe("42501");
  });
});

describe("problems", () => {
  it("names each problem with its row and column, and writes nothing", async () => {
    const shared = idNumber();
    const good = idNumber();
    const answer = await answerOf(officer, w.projectId, false, [
      row(2, 0, "Hộ ông Nguyễn Văn An", { id_number: shared }),
      row(3, 1, "Hộ bà Trần Thị Bình", { id_number: shared, share_pct: "60" }),
      { n: 4, commune: "Văn Giang", map_sheet: "7", parcel_no: "999", party_name: "Hộ ông Cường", id_number: good },
      row(5, 1, "Hộ ông Dũng", { id_number: "12345", land_vnd: "một triệu" }),
      { n: 6, commune: "325", map_sheet: "7", parcel_no: "100", party_name: "Hộ bà Em" },
      row(7, 0, null as unknown as string),
    ], "Đợt 1");
    expect(answer.committed).toBe(false);
    expect(answer.run_id).toBeNull();
    expect(answer.problems.map((p) => `${p.n}:${p.code}/${p.field}`)).toEqual([
      "2:duplicate_id_number/id_number", "2:shares_not_100/share_pct",
      "3:duplicate_id_number/id_number", "3:shares_not_100/share_pct",
      "4:unknown_parcel/parcel_no",
      "5:amount_not_number/land_vnd", "5:bad_id_number/id_number", "5:shares_not_100/share_pct",
      "6:not_in_area/parcel_no",
      "7:missing_value/party_name", "7:shares_not_100/share_pct",
    ]);
    const byCode = (code: string, n: number) => answer.problems.find((p) => p.code === code && p.n === n)!;
    expect(byCode("duplicate_id_number", 2).detail).toBe("3");
    expect(byCode("shares_not_100", 3).detail).toBe("160");
    expect(byCode("amount_not_number", 5).detail).toBe("một triệu");
    expect(byCode("bad_id_number", 5).detail).toBe("12345");
    // all or nothing: the rows without a problem of their own are not written either
    expect(await partiesWith([shared, good])).toEqual([]);
    const [history] = await sql<{ events: number }[]>`
      select count(*)::int as events from public.household_events where project_id = ${w.projectId}`;
    expect(history?.events).toBe(0);
  });
});

describe("a clean list", () => {
  it("is counted by a dry run that writes nothing, then committed with its history", async () => {
    const an = idNumber();
    const binh = idNumber();
    const rows = [
      row(2, 0, "Hộ ông Nguyễn Văn An", { id_number: an, origin: "allocated", land_vnd: "150000000", basis_document: "QĐ 12/2025/QĐ-UBND" }),
      row(3, 1, "Hộ ông Nguyễn Văn An", { id_number: an, share_pct: "60" }),
      row(4, 1, "Hộ bà Trần Thị Bình", { id_number: binh, share_pct: 40, support_vnd: 5000000 }),
    ];
    const dry = await answerOf(officer, w.projectId, true, rows, "Đợt 1");
    expect(dry).toMatchObject({ committed: false, problems: [],
      counts: { rows: 3, parties_new: 2, parties_matched: 0, holdings: 3, lines: 2 } });
    expect(await partiesWith([an, binh])).toEqual([]);

    const done = await answerOf(officer, w.projectId, false, rows, "Đợt 1");
    expect(done.committed).toBe(true);
    expect(done.run_id).toMatch(/^[0-9a-f-]{36}$/);
    const parties = await partiesWith([an, binh]);
    expect(parties.map((p) => [p.name, p.admin_unit_id])).toEqual(
      [an, binh].sort().map((id) => [id === an ? "Hộ ông Nguyễn Văn An" : "Hộ bà Trần Thị Bình", "326"]));
    expect(done.households.map((h) => [h.name, h.rows])).toEqual([["Hộ ông Nguyễn Văn An", [2, 3]], ["Hộ bà Trần Thị Bình", [4]]]);
    const holdings = await sql<{ parcel_id: string; share_pct: string }[]>`
      select h.parcel_id, h.share_pct::text from public.holdings h join public.parties p on p.id = h.party_id
      where p.id_number = ${an} order by h.share_pct`;
    expect(holdings).toEqual([{ parcel_id: w.vanGiang[1], share_pct: "60" }, { parcel_id: w.vanGiang[0], share_pct: "100" }]);
    const lines = await sql<{ line_group: string; status: string; decided: boolean }[]>`
      select l.line_group, l.status, c.decision_date is not null as decided
      from public.plan_lines l join public.compensation_plans c on c.id = l.plan_id
      where c.project_id = ${w.projectId} order by l.line_group`;
    expect(lines).toEqual([
      { line_group: "land", status: "provisional", decided: false },
      { line_group: "support", status: "missing_basis", decided: false },
    ]);
    const events = await sql<{ entity: string; n: number; actors: string[] }[]>`
      select entity, count(*)::int as n, array_agg(distinct actor::text) as actors
      from public.household_events where project_id = ${w.projectId} group by entity order by entity`;
    expect(events).toEqual([
      { entity: "holding", n: 3, actors: [w.userIds.officerVanGiang] },
      { entity: "import", n: 1, actors: [w.userIds.officerVanGiang] },
      { entity: "line", n: 2, actors: [w.userIds.officerVanGiang] },
      { entity: "party", n: 2, actors: [w.userIds.officerVanGiang] },
      { entity: "plan", n: 1, actors: [w.userIds.officerVanGiang] },
    ]);
    // the officer now reads the households written (the page links to them)
    const { data } = await officer.from("parties").select("id,name").in("id", done.households.map((h) => h.party_id));
    expect(data).toHaveLength(2);
  });
});

describe("a party already recorded", () => {
  it("is matched by its ID number, not written twice", async () => {
    const world = await createWorld(1);
    const known = idNumber();
    const [party] = await sql<{ id: string }[]>`
      insert into public.parties (kind, name, id_number, admin_unit_id)
      values ('household', 'Hộ ông Phạm Văn Giàu', ${known}, '325') returning id`;
    const vg = await signedIn(world.users.officerVanGiang);
    const rows = [{ n: 2, commune: "Huyện Văn Giang", map_sheet: "7", parcel_no: "100", party_name: "Hộ ông Phạm Văn Giàu", id_number: known }];
    const dry = await answerOf(vg, world.projectId, true, rows);
    expect(dry.counts).toMatchObject({ parties_new: 0, parties_matched: 1, holdings: 1 });
    const done = await answerOf(vg, world.projectId, false, rows);
    expect(done.households).toEqual([{ party_id: party!.id, name: "Hộ ông Phạm Văn Giàu", matched: true, rows: [2] }]);
    expect(await partiesWith([known])).toHaveLength(1);
    const holdings = await sql<{ party_id: string }[]>`select party_id from public.holdings where parcel_id = ${world.vanGiang[0]!}`;
    expect(holdings).toEqual([{ party_id: party!.id }]);
    // sent again, the parcel's holding is the same one: its share is not counted twice
    const again = await answerOf(vg, world.projectId, true, rows);
    expect(again.problems).toEqual([]);
  });
});
