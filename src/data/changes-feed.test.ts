// The figures are fetched again once per send: the change feed holds back for the parcels a send
// is changing (their answer refreshes them), and refreshes at once for anyone else's change.
import { describe, expect, it, vi } from "vitest";
import type { QueryClient } from "@tanstack/react-query";
import type { ChangedParcel } from "@/data/changes-poller";

vi.mock("@/data/supabase-client", () => ({ supabase: () => ({}), isLocalBackend: true }));
const { refreshFiguresAfterSend, takeChanges } = await import("@/data/changes-feed");
const store = await import("@/data/parcel-store");

const change = (id: string, version: number): ChangedParcel => ({
  id, projectId: "p1", adminUnitId: "326", areaM2: 1000, stage: "inventory", blocked: false,
  blockerReason: null, blockerResponsible: null, version,
});
const fakeClient = () => {
  const invalidateQueries = vi.fn(() => Promise.resolve());
  return { client: { invalidateQueries } as unknown as QueryClient, invalidateQueries };
};

describe("the figures after the officer's send", () => {
  it("a change on a parcel the send is changing waits for the send's answer; the answer refreshes once", () => {
    const id = "44444444-4444-4444-8444-444444444444";
    store.receiveParcels([change(id, 1)]);
    store.setPendingEdits([{ event_id: "e1", parcel_id: id, expected_version: 1, to_stage: "plan_approved" }]);
    const refetch = vi.fn();
    takeChanges([change(id, 2)], refetch); // the officer's own write, come before its answer
    expect(refetch).not.toHaveBeenCalled();
    expect(store.getServerParcel(id)?.version).toBe(2);
    store.setPendingEdits([]);
    const { client, invalidateQueries } = fakeClient();
    refreshFiguresAfterSend(client, false); // nothing applied by this call, but the feed held back
    const once = invalidateQueries.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    refreshFiguresAfterSend(client, false);
    expect(invalidateQueries.mock.calls.length).toBe(once); // owed once, refreshed once
  });

  it("anyone else's change refreshes the figures at once", () => {
    const refetch = vi.fn();
    takeChanges([change("55555555-5555-4555-8555-555555555555", 3)], refetch);
    expect(refetch).toHaveBeenCalledOnce();
    takeChanges([], refetch); // rows this client could not read: something changed
    expect(refetch).toHaveBeenCalledTimes(2);
  });

  it("a send that applied something refreshes the figures; one that applied nothing, with nothing owed, does not", () => {
    const { client, invalidateQueries } = fakeClient();
    refreshFiguresAfterSend(client, false);
    expect(invalidateQueries).not.toHaveBeenCalled();
    refreshFiguresAfterSend(client, true);
    // progress summary, blocked parcels, targets, and the meeting view's burn-ups, report, timelines, areas
    expect(invalidateQueries).toHaveBeenCalledTimes(7);
  });
});
