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
 * server state moves there, by the server's rules computed here, when it is the state the event
 * was sent on. Otherwise the state at that version is unknown here and the change feed brings it
 * as news. They do not leave the pending layer here: setPendingEdits does that.
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
    // only once the store holds this write (or something later): until then the feed's row of
    // it is news, or the parcel would keep showing the state before it
    if ((server.get(event.parcel_id)?.version ?? 0) >= version) {
      ownVersions.set(event.parcel_id, Math.max(version, ownVersions.get(event.parcel_id) ?? 0));
    }
  }
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
