// record_household_events over the HTTP API, sent by the app's own recordHouseholdEvents: a retried
// event id is safe (the same payload answers duplicate and writes no second history row; another
// payload is refused as event_id_reused), and a change whose answer was lost on the way back is
// retried without being applied twice. The reads are parsed by the app's parsers. The database is
// shared with the other API files: only this file's own rows are counted.
import { randomInt, randomUUID } from "node:crypto";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { anonClient, PASSWORD, signedIn } from "./support/clients";
import { API_URL, PUBLISHABLE_KEY } from "./support/env";
import { createWorld, sql, type World } from "./support/fixtures";
import { recordHouseholdEvents } from "@/data/household-events-mutation";
import { parseHouseholdDetail } from "@/data/household-detail-query";
import { parseParcelHolders } from "@/data/parcel-holders-query";
import { parseHouseholdSearch } from "@/data/household-search-query";
import { parseProjectItems } from "@/data/project-items-query";
import type { HouseholdEvent } from "@/domain/household-types";

let world: World;
let officer: SupabaseClient;

beforeAll(async () => {
  world = await createWorld(2);
  officer = await signedIn(world.users.officerVanGiang);
});

/** A citizen ID no other file uses. */
function idNumber(): string {
  return `0${String(randomInt(10 ** 10, 10 ** 11))}`;
}

function newParty(name: string): HouseholdEvent {
  return {
    eventId: randomUUID(), kind: "party.save", id: randomUUID(),
    data: { kind: "household", name, id_number: idNumber(), admin_unit_id: "326" },
  };
}

async function historyRows(entityId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from public.household_events where entity_id = ${entityId}`;
  return row!.n;
}

/** A client whose next record_household_events answer is lost after the server has handled it. */
async function droppingClient(): Promise<{ client: SupabaseClient; dropNext: () => void }> {
  let drop = false;
  const client = createClient(API_URL, PUBLISHABLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (drop && String(input instanceof Request ? input.url : input).includes("/rpc/record_household_events")) {
          drop = false;
          await response.arrayBuffer();
          throw new TypeError("fetch failed: the connection was reset");
        }
        return response;
      },
    },
  });
  const { error } = await client.auth.signInWithPassword({ email: world.users.officerVanGiang, password: PASSWORD });
  if (error) throw new Error(error.message);
  return { client, dropNext: () => { drop = true; } };
}

describe("record_household_events: retries are safe", () => {
  it("applies a new party and answers the same event again 'duplicate' with no second history row", async () => {
    const create = newParty(`Hộ ông Nguyễn Văn Thử ${world.tag}`);
    const [first] = await recordHouseholdEvents(officer, [create]);
    expect(first).toEqual({ eventId: create.eventId, status: "applied", code: null, message: null, version: 1 });
    const [again] = await recordHouseholdEvents(officer, [create]);
    expect(again).toMatchObject({ eventId: create.eventId, status: "duplicate", code: "duplicate", version: 1 });
    expect(await historyRows(create.id)).toBe(1);
  });

  it("refuses the same event id with another payload as event_id_reused and changes nothing", async () => {
    const create = newParty(`Hộ bà Trần Thị Lại ${world.tag}`);
    await recordHouseholdEvents(officer, [create]);
    const reused: HouseholdEvent = { ...create, data: { ...create.data, name: "Tên khác hẳn" } };
    const [answer] = await recordHouseholdEvents(officer, [reused]);
    expect(answer).toMatchObject({ status: "invalid", code: "event_id_reused", version: null });
    expect(answer!.message).toMatch(/event_id/);
    const [row] = await sql`select name, version from public.parties where id = ${create.id}`;
    expect(row).toEqual({ name: `Hộ bà Trần Thị Lại ${world.tag}`, version: 1 });
    expect(await historyRows(create.id)).toBe(1);
  });

  it("retries a change whose answer was lost: applied once, then 'duplicate' with the version it produced", async () => {
    const create = newParty(`Hộ ông Lê Văn Mất ${world.tag}`);
    await recordHouseholdEvents(officer, [create]);
    const update: HouseholdEvent = {
      eventId: randomUUID(), kind: "party.save", id: create.id, expectedVersion: 1, data: { address: "Thôn Đông" },
    };
    const { client, dropNext } = await droppingClient();
    dropNext();
    await expect(recordHouseholdEvents(client, [update])).rejects.toThrow();
    // the outbox does not know whether it was applied, and sends it again with a second new change
    const note: HouseholdEvent = {
      eventId: randomUUID(), kind: "party.save", id: create.id, expectedVersion: 2, data: { note: "Đã liên hệ" },
    };
    const answers = await recordHouseholdEvents(client, [update, note]);
    expect(answers.map((a) => [a.status, a.version])).toEqual([["duplicate", 2], ["applied", 3]]);
    const [row] = await sql`select address, note, version from public.parties where id = ${create.id}`;
    expect(row).toEqual({ address: "Thôn Đông", note: "Đã liên hệ", version: 3 });
    expect(await historyRows(create.id)).toBe(3);
  });

  it("decides each event alone: one refused event leaves the others applied, in the order sent", async () => {
    const a = newParty(`Hộ ông Phạm Văn Một ${world.tag}`);
    const bad: HouseholdEvent = { ...newParty(`Hộ lỗi ${world.tag}`), data: { kind: "household", name: "Hộ lỗi", admin_unit_id: "326", id_number: "12ab" } };
    const c = newParty(`Hộ ông Phạm Văn Ba ${world.tag}`);
    const answers = await recordHouseholdEvents(officer, [a, bad, c]);
    expect(answers.map((x) => `${x.status}/${x.code ?? ""}`)).toEqual(["applied/", "invalid/bad_id_number", "applied/"]);
    expect(answers[1]!.message).toMatch(/định danh/);
    expect(await historyRows(bad.id)).toBe(0);
  });

  it("denies an officer of another area and refuses anon outright", async () => {
    const create = newParty(`Hộ ông Đỗ Văn Ngoài ${world.tag}`);
    const other = await signedIn(world.users.officerVanLam);
    const [answer] = await recordHouseholdEvents(other, [create]);
    expect(answer).toMatchObject({ status: "denied", code: "outside_area" });
    await expect(recordHouseholdEvents(anonClient(), [create])).rejects.toMatchObject({ code: "42501" });
    expect(await historyRows(create.id)).toBe(0);
  });
});

describe("the households' reads, parsed by the app", () => {
  it("gives the household page, the parcel's holders, the search and the project items", async () => {
    const party = newParty(`Hộ ông Vũ Văn Đọc ${world.tag}`);
    const holding: HouseholdEvent = {
      eventId: randomUUID(), kind: "holding.save", id: randomUUID(),
      data: { party_id: party.id, parcel_id: world.vanGiang[0], share_pct: 62.5, origin: "inherited" },
    };
    const plan: HouseholdEvent = {
      eventId: randomUUID(), kind: "plan.save", id: randomUUID(),
      data: { project_id: world.projectId, batch: `Đợt ${world.tag}`, decision_no: "12/QĐ-UBND", decision_date: "2026-11-01" },
    };
    const line: HouseholdEvent = {
      eventId: randomUUID(), kind: "line.save", id: randomUUID(),
      data: { plan_id: plan.id, party_id: party.id, parcel_id: world.vanGiang[0], line_group: "land",
              content: "Bồi thường đất lúa", quantity: 120.5, unit: "m2", unit_price_vnd: 200000,
              basis_document: "QĐ 12/2024/QĐ-UBND" },
    };
    const payment: HouseholdEvent = {
      eventId: randomUUID(), kind: "payment.save", id: randomUUID(),
      data: { plan_id: plan.id, party_id: party.id, paid_on: "2026-11-10", amount_vnd: 10000000, method: "cash" },
    };
    const item: HouseholdEvent = {
      eventId: randomUUID(), kind: "item.save", id: randomUUID(),
      data: { project_id: world.projectId, admin_unit_id: "326", kind: "grave", name: "Mộ họ Vũ", total: 3 },
    };
    const progress: HouseholdEvent = {
      eventId: randomUUID(), kind: "item_progress.save", id: randomUUID(),
      data: { item_id: item.id, as_of: "2026-11-15", done: 1 },
    };
    const answers = await recordHouseholdEvents(officer, [party, holding, plan, line, payment, item, progress]);
    expect(answers.map((a) => a.status)).toEqual(Array(7).fill("applied"));

    const detail = parseHouseholdDetail((await officer.rpc("household_detail", { p_party_id: party.id })).data);
    expect(detail.party.name).toBe(`Hộ ông Vũ Văn Đọc ${world.tag}`);
    expect(detail.canEdit).toBe(true);
    expect(detail.holdings).toMatchObject([{ parcelId: world.vanGiang[0], sharePct: 62.5, origin: "inherited" }]);
    expect(detail.holdings[0]!.geom.type).toBe("Polygon");
    expect(detail.plans).toMatchObject([{ planId: plan.id, totalVnd: 24100000, paidVnd: 10000000,
                                          lines: [{ amountVnd: 24100000, status: "provisional" }] }]);
    expect(detail.history.map((h) => h.kind)).toEqual(["payment.save", "line.save", "holding.save", "party.save"]);
    expect(detail.history[0]!.actorEmail).toBe(world.users.officerVanGiang);

    const holders = parseParcelHolders((await officer.rpc("parcel_holders", { p_parcel_id: world.vanGiang[0] })).data);
    expect(holders.find((h) => h.partyId === party.id)).toMatchObject({ sharePct: 62.5, partyKind: "household" });

    const search = await officer.rpc("search_households", { p_query: `vu van doc ${world.tag}` });
    expect(parseHouseholdSearch(search.data)).toMatchObject([{ partyId: party.id, parcels: 1, communeName: "Huyện Văn Giang" }]);

    const items = parseProjectItems((await officer.rpc("project_items_list", { p_project_id: world.projectId })).data);
    expect(items.find((i) => i.id === item.id)).toMatchObject({ total: 3, done: 1, doneAsOf: "2026-11-15", canEdit: true });

    const leader = await signedIn(world.users.leader);
    expect(parseHouseholdDetail((await leader.rpc("household_detail", { p_party_id: party.id })).data).canEdit).toBe(false);
    const refused = await anonClient().rpc("household_detail", { p_party_id: party.id });
    expect(refused.error?.code).toBe("42501");
    expect(JSON.stringify(refused)).not.toContain("Vũ Văn Đọc");
  });
});
