// The pending-edits reducer (src/domain/pending-edits.ts) against the real record_parcel_events:
// each case of tests/cases/pending-edits-cases.ts puts a parcel in its start state, sends its
// events in one call as an officer of the parcel's area, and compares the server's answers and
// the parcel it leaves with what the reducer says. The unit test runs the same cases.
import { beforeAll, describe, expect, it } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import { randomUUID } from "node:crypto";
import type { ParcelEvent } from "@/domain/parcel-actions";
import type { CaseState } from "../cases/pending-edits-cases";
import { PENDING_EDITS_CASES, reduceBatch } from "../cases/pending-edits-cases";
import { signedIn } from "./support/clients";
import { record } from "./support/events";
import { createWorld, sql, type World } from "./support/fixtures";

let world: World;
let officer: SupabaseClient;

beforeAll(async () => {
  world = await createWorld(PENDING_EDITS_CASES.length);
  officer = await signedIn(world.users.officerVanGiang);
});

/** Puts the parcel in `state` as an import would (straight into the table). */
async function putInState(id: string, s: CaseState) {
  await sql`
    update public.parcels set stage = ${s.stage}, version = ${s.version}, blocked = ${s.blocked},
      blocker_reason = ${s.blockerReason}, blocker_responsible = ${s.blockerResponsible}
    where id = ${id}`;
}

/** The parcel's state as the server holds it. */
async function serverState(id: string): Promise<CaseState> {
  const [row] = await sql<{ stage: CaseState["stage"]; version: number; blocked: boolean; blocker_reason: string | null;
    blocker_responsible: string | null }[]>`
    select stage, version, blocked, blocker_reason, blocker_responsible from public.parcels where id = ${id}`;
  if (!row) throw new Error(`no parcel ${id}`);
  return { stage: row.stage, version: row.version, blocked: row.blocked, blockerReason: row.blocker_reason,
    blockerResponsible: row.blocker_responsible };
}

describe("the pending-edits reducer gives what record_parcel_events does", () => {
  PENDING_EDITS_CASES.forEach((c, index) => {
    it(c.name, async () => {
      const id = world.vanGiang[index]!;
      await putInState(id, c.start);
      const events: ParcelEvent[] = c.events.map((e) => ({ ...e, event_id: randomUUID(), parcel_id: id }));
      const answers = await record(officer, events);
      const server = {
        answers: answers.map((a) => (a.status === "applied" ? "applied" : `${a.status}:${a.code}`)),
        end: await serverState(id),
      };
      expect(server).toEqual(reduceBatch(c.start, events));
      // and the versions the server answered applied events with are the reducer's
      const appliedVersions = answers.filter((a) => a.status === "applied").map((a) => a.version);
      expect(appliedVersions).toEqual(appliedVersions.map((_, i) => c.start.version + i + 1));
    });
  });
});
