// What the outbox's unit tests (and a Node load script) drive the core with: a fake clock whose
// timers run when it is advanced, and a fake record_parcel_events that keeps versions and event
// ids like the real one (applied on the expected version, else conflict; a known id: duplicate)
// and can fail the network, lose the answer after committing, or answer busy.

import type { EventAnswer } from "@/domain/parcel-event-answers";
import type { OutboxEvent } from "@/domain/outbox-entry";
import type { Clock } from "@/data/outbox/outbox-types";

/** A clock that moves only when told to. */
export function fakeClock(start = Date.UTC(2026, 11, 2, 3, 0, 0)) {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock & { advance(ms: number): Promise<void>; pending(): number; timerSet(): Promise<void> } = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = until;
    },
    pending: () => timers.size,
    /** Resolves once some timer is set (the code under test set it after its own awaits). */
    async timerSet() {
      while (timers.size === 0) await new Promise((r) => setTimeout(r, 1));
    },
  };
  return clock;
}

type Fault = "network" | "lose_answer" | "busy" | "hang";

/** A fake server: parcels by id with their versions, the recorded events, and faults to inject. */
export function fakeServer(versions: Record<string, number>) {
  const parcels = new Map(Object.entries(versions));
  const recorded = new Map<string, string>(); // event id → payload
  const calls: OutboxEvent[][] = [];
  const faults: Fault[] = [];
  const denied = new Set<string>();
  const payload = ({ event_id: _id, ...rest }: OutboxEvent) => JSON.stringify(rest);

  function answer(event: OutboxEvent): EventAnswer {
    const known = recorded.get(event.event_id);
    const version = parcels.get(event.parcel_id) ?? null;
    if (known !== undefined) {
      return known === payload(event)
        ? { event_id: event.event_id, status: "duplicate", version, code: "duplicate", message: "đã ghi" }
        : { event_id: event.event_id, status: "invalid", version: null, code: "event_id_reused", message: "id dùng lại" };
    }
    if (denied.has(event.parcel_id)) {
      return { event_id: event.event_id, status: "denied", version: null, code: "outside_area", message: "ngoài địa bàn" };
    }
    if (version === null || event.expected_version !== version) {
      return { event_id: event.event_id, status: "conflict", version, code: "stale_version", message: "xung đột" };
    }
    parcels.set(event.parcel_id, version + 1);
    recorded.set(event.event_id, payload(event));
    return { event_id: event.event_id, status: "applied", version: version + 1, code: "applied", message: "đã ghi" };
  }

  return {
    calls,
    parcels,
    recorded,
    denied,
    /** The next calls fail this way, one fault per call. */
    fail(...next: Fault[]) {
      faults.push(...next);
    },
    /** Someone else changes the parcel (its version goes up). */
    bump(parcelId: string) {
      parcels.set(parcelId, (parcels.get(parcelId) ?? 0) + 1);
    },
    send: async (events: OutboxEvent[]): Promise<EventAnswer[]> => {
      calls.push(events);
      const fault = faults.shift();
      if (fault === "network") throw new TypeError("Failed to fetch");
      if (fault === "hang") return new Promise<never>(() => undefined);
      if (fault === "busy") {
        return events.map((e) => ({ event_id: e.event_id, status: "conflict", version: null, code: "busy", message: "bận" }));
      }
      const answers = events.map(answer);
      if (fault === "lose_answer") throw new TypeError("Failed to fetch");
      return answers;
    },
  };
}

let idSeq = 0;
/** Readable unique ids for tests. */
export const testId = (prefix = "e") => `${prefix}-${String(++idSeq).padStart(4, "0")}`;

/** An event moving `parcel` on from `version` with a note. */
export function noteEvent(parcel: string, version: number, note = "ghi chú", id = testId()): OutboxEvent {
  return { event_id: id, parcel_id: parcel, expected_version: version, note };
}
