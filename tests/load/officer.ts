// One simulated officer: a device with its own IndexedDB (fake-indexeddb), its own outbox core
// (H1's src/data/outbox/outbox-core.ts), a signed-in supabase-js client whose fetch has the
// faults, and a plan of events on the parcels of its district. It works the way the app does:
// events are written to the outbox first with the version the officer believes the parcel has,
// the sender runs between actions, and parked conflicts are resolved by the officer (re-applied
// on the parcel's current version, or now and then given up).
import { randomUUID } from "node:crypto";
import { IDBFactory } from "fake-indexeddb";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { createOutbox, type Outbox } from "@/data/outbox/outbox-core";
import type { Clock } from "@/data/outbox/outbox-types";
import type { EventAnswer } from "@/domain/parcel-event-answers";
import type { OutboxEvent } from "@/domain/outbox-entry";
import { faultyFetch, newFaultLog, type FaultLog, type FaultRates } from "./faults";
import { PASSWORD, type LoadOfficer } from "./world";

/** What one officer did, for the invariants. */
export interface OfficerRun {
  officer: LoadOfficer;
  outbox: Outbox;
  client: SupabaseClient;
  faults: FaultLog;
  /** intent id → the event ids it was sent under (a re-applied conflict gets a new one) */
  intents: Map<string, string[]>;
  /** intents given up after a conflict */
  dropped: Set<string>;
  reapplied: number;
  enqueuedTwice: number;
  unexpected: string[];
}

/** A random source that gives the same run for the same seed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function currentVersion(client: SupabaseClient, parcelId: string): Promise<number> {
  for (;;) {
    const { data, error } = await client.from("parcels").select("version").eq("id", parcelId).single();
    if (!error && data) return Number((data as { version: number }).version);
  }
}

export async function startOfficer(o: LoadOfficer, api: { url: string; key: string }, clock: Clock, rates: FaultRates, seed: number, timeoutMs: number): Promise<OfficerRun> {
  const random = seeded(seed);
  const faults = newFaultLog();
  const client = createClient(api.url, api.key, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { fetch: faultyFetch(rates, faults, random) },
  });
  const { error } = await client.auth.signInWithPassword({ email: o.email, password: PASSWORD });
  if (error) throw new Error(`sign-in of ${o.email}: ${error.message}`);
  const send = async (events: OutboxEvent[]): Promise<EventAnswer[]> => {
    const response = await client.rpc("record_parcel_events", { events });
    if (response.error) throw new Error(`record_parcel_events ${response.status}: ${response.error.message}`);
    return response.data as EventAnswer[];
  };
  const outbox = createOutbox({
    idb: new IDBFactory(), send, clock, userId: () => o.id, dbName: `gpmb-outbox-load-${o.index}`,
    sendTimeoutMs: timeoutMs, random,
  });
  await outbox.recover();
  return { officer: o, outbox, client, faults, intents: new Map(), dropped: new Set(), reapplied: 0, enqueuedTwice: 0, unexpected: [] };
}

/** Resolves the parked problems: conflicts re-applied on the current version (some given up). */
async function resolveProblems(run: OfficerRun, belief: Map<string, number>, random: () => number) {
  for (const problem of await run.outbox.problems()) {
    const version = await currentVersion(run.client, problem.parcel_id);
    const intent = (problem.meta as { intent: string }).intent;
    if (problem.state === "conflict" && random() >= 0.15) {
      const fresh = await run.outbox.reapply(problem.event_id, { version });
      run.intents.get(intent)!.push(fresh.event_id);
      run.reapplied++;
      belief.set(problem.parcel_id, version + 1 + problem.held);
    } else {
      if (problem.state !== "conflict") run.unexpected.push(`${problem.state} ${problem.answer?.code ?? ""}: ${problem.answer?.message ?? ""}`);
      await run.outbox.drop(problem.event_id, { version });
      run.dropped.add(intent);
      belief.set(problem.parcel_id, version + problem.held);
    }
  }
}

/** The officer's day: `count` events on `parcels`, then everything sent and every problem resolved. */
export async function work(run: OfficerRun, parcels: readonly string[], count: number, seed: number): Promise<void> {
  const random = seeded(seed);
  const belief = new Map(parcels.map((p) => [p, 1])); // the versions the officer read at the start
  let made = 0;
  while (made < count) {
    const size = Math.min(count - made, 1 + Math.floor(random() * 4));
    const items = Array.from({ length: size }, () => {
      const parcel = parcels[Math.floor(random() * parcels.length)]!;
      const version = belief.get(parcel)!;
      belief.set(parcel, version + 1);
      const intent = randomUUID();
      const n = made++;
      const event: OutboxEvent = {
        event_id: randomUUID(), parcel_id: parcel, expected_version: version,
        // a blocker set or lifted is valid whatever the parcel's stage: every event can apply
        blocker: n % 2 === 0 ? { reason: `Chờ xác minh ${n}`, responsible: "UBND xã" } : null,
        note: `load ${intent}`,
      };
      run.intents.set(intent, [event.event_id]);
      return { event, meta: { intent } };
    });
    await run.outbox.enqueue(items);
    if (random() < 0.05) {
      // the same action written twice (a double tap): the outbox keeps one
      await run.outbox.enqueue([items[0]!]);
      run.enqueuedTwice++;
    }
    await run.outbox.runOnce();
    await resolveProblems(run, belief, random);
  }
  for (let round = 0; round < 1000; round++) {
    await run.outbox.flush();
    await resolveProblems(run, belief, random);
    if ((await run.outbox.status()).unsent === 0) return;
  }
  throw new Error(`officer ${run.officer.index}: the outbox did not empty`);
}
