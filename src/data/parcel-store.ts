// The one parcel store: every parcel the client knows, by id, and the officer's edits waiting for
// the server's answer. Every source goes through receiveParcels (viewport loads, the parcel
// panel, the parcel search, the change feed, the answers of record_parcel_events) and is merged
// by src/domain/parcel-merge.ts, so no component patches parcels by hand. What the map, the panel
// and the officer's tools show (getParcel) is the server state with the pending edits applied
// (src/domain/pending-edits.ts). Listeners hear the ids whose shown parcel changed, so a restyle
// touches only those.
import { useSyncExternalStore } from "react";
import type { Parcel, ParcelReport } from "@/domain/parcel";
import type { ParcelEvent } from "@/domain/parcel-actions";
import type { EventAnswer } from "@/domain/parcel-event-answers";
import { mergeParcel } from "@/domain/parcel-merge";
import { applyParcelEvent, withPendingEdits } from "@/domain/pending-edits";

/** The server's state of each parcel, as the sources told it. */
const server = new Map<string, Parcel>();
/** Events sent and not answered yet, per parcel, in the order they were sent. */
const pending = new Map<string, ParcelEvent[]>();
/** The shown parcel of each parcel with pending events (server state with them applied). */
const overlaid = new Map<string, Parcel>();
/** The version this client's own write gave each parcel it changed (from the answers). */
const ownVersions = new Map<string, number>();
const listeners = new Set<(changedIds: readonly string[]) => void>();
let revision = 0;

function shown(id: string): Parcel | undefined {
  return overlaid.get(id) ?? server.get(id);
}

/** Recomputes the shown parcel of `id`; true when it changed. */
function refresh(id: string, before: Parcel | undefined): boolean {
  const base = server.get(id);
  const events = pending.get(id);
  if (base && events && events.length > 0) overlaid.set(id, withPendingEdits(base, events));
  else overlaid.delete(id);
  return shown(id) !== before;
}

function emit(changed: readonly string[]) {
  if (changed.length === 0) return;
  revision++;
  for (const listener of listeners) listener(changed);
}

/** Merges one report into the server state; true when the shown parcel changed. */
function receive(report: ParcelReport): boolean {
  const before = shown(report.id);
  const known = server.get(report.id);
  const merged = mergeParcel(known, report);
  if (merged === known || merged === undefined) return false;
  server.set(report.id, merged);
  return refresh(report.id, before);
}

/**
 * Takes what a source says about parcels (see mergeParcel for the rules: a higher version wins,
 * at the same version loaded fields fill those not loaded, a lower version never overwrites).
 * Returns the ids whose shown parcel changed.
 */
export function receiveParcels(reports: readonly ParcelReport[]): readonly string[] {
  const changed: string[] = [];
  for (const report of reports) if (receive(report)) changed.push(report.id);
  emit(changed);
  return changed;
}

/** Lays events being sent over the server state: they show at once, until their answers come. */
export function addPendingEdits(events: readonly ParcelEvent[]): void {
  const changed: string[] = [];
  for (const event of events) {
    const before = shown(event.parcel_id);
    pending.set(event.parcel_id, [...(pending.get(event.parcel_id) ?? []), event]);
    if (refresh(event.parcel_id, before)) changed.push(event.parcel_id);
  }
  emit(changed);
}

/**
 * Replaces the whole pending layer with these events (the outbox's unsent ones, in order): what
 * waits in the outbox shows at once, in every tab and after a reload.
 */
export function setPendingEdits(events: readonly ParcelEvent[]): void {
  const next = new Map<string, ParcelEvent[]>();
  for (const event of events) next.set(event.parcel_id, [...(next.get(event.parcel_id) ?? []), event]);
  const touched = new Set([...pending.keys(), ...next.keys()]);
  const changed: string[] = [];
  for (const id of touched) {
    const before = shown(id);
    const events = next.get(id);
    if (events) pending.set(id, events);
    else pending.delete(id);
    if (refresh(id, before)) changed.push(id);
  }
  emit(changed);
}

/**
 * Events the server applied (from the outbox's log), with the version each gave its parcel: the
 * server state moves there when it is the state the event was sent on (else the change feed
 * brings it). They do not leave the pending layer here: setPendingEdits does that.
 */
export function settleAppliedEdits(applied: readonly { readonly event: ParcelEvent; readonly version: number }[]): void {
  const changed = new Set<string>();
  for (const { event, version } of applied) {
    const base = server.get(event.parcel_id);
    if (base && base.version < version && base.version === event.expected_version) {
      const verdict = applyParcelEvent(base, event);
      if (verdict.status === "applied" && verdict.parcel.version === version) {
        const before = shown(event.parcel_id);
        server.set(event.parcel_id, verdict.parcel);
        if (refresh(event.parcel_id, before)) changed.add(event.parcel_id);
      }
    }
    ownVersions.set(event.parcel_id, Math.max(version, ownVersions.get(event.parcel_id) ?? 0));
  }
  emit([...changed]);
}

/** Takes events off the pending layer (answered or never to be). */
function unpend(eventIds: ReadonlySet<string>, changed: Set<string>): void {
  for (const [parcelId, events] of pending) {
    const left = events.filter((e) => !eventIds.has(e.event_id));
    if (left.length === events.length) continue;
    const before = shown(parcelId);
    if (left.length > 0) pending.set(parcelId, left);
    else pending.delete(parcelId);
    if (refresh(parcelId, before)) changed.add(parcelId);
  }
}

/**
 * The answers of record_parcel_events to pending events. An applied event moves the parcel's
 * server state to the answer's version (the state the server's rules give, computed here from
 * the state the event was sent on); every answered event leaves the pending layer, so a
 * conflict, a refusal or a duplicate simply stops showing. `unanswered` events (a call cut
 * short) leave it too: the officer is told and may send them again.
 */
export function settlePendingEdits(
  answered: readonly { readonly event: ParcelEvent; readonly answer: EventAnswer }[],
  unanswered: readonly ParcelEvent[] = [],
): void {
  const changed = new Set<string>();
  for (const { event, answer } of answered) {
    if (answer.status !== "applied" || answer.version === null) continue;
    const base = server.get(event.parcel_id);
    if (!base) continue;
    if (base.version < answer.version) {
      // The state at the answer's version, by the server's rules, from the state the event was sent on.
      const verdict = base.version === event.expected_version ? applyParcelEvent(base, event) : null;
      // Otherwise the state is unknown here (sent on a state the store does not hold, or the rules
      // here disagree): the change feed brings it, as news.
      if (verdict?.status !== "applied" || verdict.parcel.version !== answer.version) continue;
      const before = shown(event.parcel_id);
      server.set(event.parcel_id, verdict.parcel);
      if (refresh(event.parcel_id, before)) changed.add(event.parcel_id);
    }
    // The store holds this write (or something later): the change feed need not hand it back.
    ownVersions.set(event.parcel_id, Math.max(answer.version, ownVersions.get(event.parcel_id) ?? 0));
  }
  unpend(new Set([...answered.map((a) => a.event.event_id), ...unanswered.map((e) => e.event_id)]), changed);
  emit([...changed]);
}

/** The parcel as shown: the server state with the pending edits applied. */
export function getParcel(id: string): Parcel | undefined {
  return shown(id);
}

/** The parcel as the server last told it, without pending edits. */
export function getServerParcel(id: string): Parcel | undefined {
  return server.get(id);
}

/** True while events on this parcel wait for their answer. */
export function hasPendingEdits(id: string): boolean {
  return (pending.get(id)?.length ?? 0) > 0;
}

/** The version this client's own applied write gave the parcel, if it wrote one: not news when the change feed brings it. */
export function ownWriteVersion(id: string): number | undefined {
  return ownVersions.get(id);
}

/** Every known parcel, as shown. */
export function* allParcels(): IterableIterator<Parcel> {
  for (const id of server.keys()) {
    const parcel = shown(id);
    if (parcel) yield parcel;
  }
}

/** A number that changes whenever any shown parcel changes (for useSyncExternalStore). */
export function parcelRevision(): number {
  return revision;
}

/** Calls `listener` with the ids of the parcels whose shown state changed. */
export function subscribeParcels(listener: (changedIds: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the shown parcel with this id (or undefined), re-rendering when it changes. */
export function useParcel(id: string | null): Parcel | undefined {
  const read = () => (id ? shown(id) : undefined);
  return useSyncExternalStore(subscribeParcels, read, read);
}

/**
 * React hook: the parcel as the server last told it (no pending edits), e.g. for what is read
 * from the server by version, like the parcel's history: a pending version is not there yet.
 */
export function useServerParcel(id: string | null): Parcel | undefined {
  const read = () => (id ? server.get(id) : undefined);
  return useSyncExternalStore(subscribeParcels, read, read);
}

/** The store as the map's parcel layer reads it (src/map/parcel-canvas-layer.ts: ParcelSource). */
export const parcelSource = {
  get: getParcel,
  all: allParcels,
  subscribe: subscribeParcels,
} as const;
