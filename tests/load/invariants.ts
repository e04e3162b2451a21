// The checks after the run, read as the superuser (and progress_summary through the API, as a
// leader's screen would): each one a name, whether it holds, and what was found.
import type postgres from "postgres";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { OfficerRun } from "./officer";

export interface Check { name: string; ok: boolean; found: string }

export async function checkInvariants(sql: postgres.Sql, api: SupabaseClient, projectId: string, shared: readonly string[],
  runs: readonly OfficerRun[]): Promise<Check[]> {
  const checks: Check[] = [];
  const rows = await sql<{ event_id: string; parcel_id: string; note: string | null }[]>`
    select e.event_id::text, e.parcel_id::text, e.note from public.parcel_events e where e.parcel_id = any (${shared}::uuid[])`;
  const byId = new Map<string, number>();
  for (const r of rows) byId.set(r.event_id, (byId.get(r.event_id) ?? 0) + 1);
  const doubledIds = [...byId.values()].filter((n) => n > 1).length;
  checks.push({ name: "every event id applied at most once", ok: doubledIds === 0, found: `${rows.length} events, ${doubledIds} ids twice` });

  const byIntent = new Map<string, number>();
  for (const r of rows) if (r.note) byIntent.set(r.note, (byIntent.get(r.note) ?? 0) + 1);
  const doubledIntents = [...byIntent.values()].filter((n) => n > 1).length;
  const lostApplied = new Set(runs.flatMap((r) => [...r.faults.lostApplied, ...r.faults.twiceApplied]));
  const lostInDb = [...lostApplied].filter((id) => byId.get(id) === 1).length;
  // the resend of a lost answer must have been told "duplicate" (or the answer came through a
  // later call delivered twice): the outbox's log says how each event ended
  const logged = new Map<string, string>();
  for (const run of runs) for (const line of await run.outbox.logSince(0)) logged.set(line.event_id, line.status);
  const lostTold = [...runs.flatMap((r) => [...r.faults.lostApplied])].filter((id) => logged.get(id) === "duplicate").length;
  const lostCount = runs.reduce((a, r) => a + r.faults.lostApplied.size, 0);
  checks.push({
    name: "no lost acknowledgement turned into a doubled event",
    ok: doubledIntents === 0 && lostInDb === lostApplied.size && lostTold === lostCount,
    found: `${lostApplied.size} events committed behind a lost or doubled answer, ${lostInDb} of them recorded exactly once; ` +
      `${lostTold} of ${lostCount} lost answers resent and told "duplicate"; ${doubledIntents} changes recorded twice`,
  });

  const versions = await sql<{ id: string; version: number; events: number }[]>`
    select p.id::text, p.version, (select count(*)::int from public.parcel_events e where e.parcel_id = p.id) as events
    from public.parcels p where p.project_id = ${projectId}`;
  const off = versions.filter((v) => v.version !== 1 + v.events);
  checks.push({ name: "every parcel's version equals its applied events", ok: off.length === 0,
    found: `${versions.length} parcels, ${off.length} off${off[0] ? ` (e.g. ${off[0].id}: version ${off[0].version}, ${off[0].events} events)` : ""}` });

  const { data, error } = await api.rpc("progress_summary", { group_by: "project" });
  const summary = (data as { key: string; parcels: number | string; blocked_parcels: number | string; cleared_parcels: number | string }[] | null)
    ?.find((r) => r.key === projectId);
  const [truth] = await sql<{ parcels: number; blocked: number; cleared: number }[]>`
    select count(*)::int as parcels, count(*) filter (where blocked)::int as blocked,
           count(*) filter (where stage = 'handed_over')::int as cleared
    from public.parcels where project_id = ${projectId}`;
  const same = !error && summary && Number(summary.parcels) === truth!.parcels && Number(summary.blocked_parcels) === truth!.blocked &&
    Number(summary.cleared_parcels) === truth!.cleared;
  checks.push({ name: "the progress summary equals the parcels", ok: Boolean(same),
    found: error ? error.message : `summary ${summary?.parcels}/${summary?.blocked_parcels} blocked, parcels ${truth!.parcels}/${truth!.blocked} blocked` });

  let unanswered = 0;
  let missing = 0;
  let extra = 0;
  const inDb = new Set(byId.keys());
  let expected = 0;
  for (const run of runs) {
    unanswered += (await run.outbox.status()).unsent;
    for (const [intent, ids] of run.intents) {
      const recorded = ids.filter((id) => inDb.has(id)).length;
      if (run.dropped.has(intent)) extra += recorded > 0 ? 1 : 0;
      else {
        expected++;
        if (recorded !== 1) missing++;
      }
    }
  }
  checks.push({ name: "no event left unanswered", ok: unanswered === 0 && missing === 0 && extra === 0,
    found: `${unanswered} still in outboxes; ${expected} changes kept, ${missing} of them not recorded exactly once; ` +
      `${extra} given-up changes recorded all the same` });
  const unexpected = runs.flatMap((r) => r.unexpected);
  checks.push({ name: "no event denied or refused as invalid", ok: unexpected.length === 0,
    found: unexpected.length ? unexpected.slice(0, 3).join(" | ") : "none" });
  return checks;
}
