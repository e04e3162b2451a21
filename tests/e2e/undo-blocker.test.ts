// Issue 13 in Chromium: an officer clears the blocker of a parcel the map loaded with its
// viewport (no parcel panel opened, so nothing but parcels_in_bbox told the page why it was
// blocked), then undoes it: the blocker comes back with its reason and who must act, where the
// undo used to answer "cannot_restore" because viewport rows carried no blocker reason.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Request } from "playwright-core";
import { APP_URL, launch, newPage, shot } from "./support/browser";
import { findParcels } from "./support/api";
import { openParcelAsOfficer, selectAtCentre } from "./support/officer-map";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Blocker {
  readonly version: number;
  readonly blocked: boolean;
  readonly blocker_reason: string | null;
  readonly blocker_responsible: string | null;
}

/** The parcel's blocker as the public reads it. */
async function blockerOf(id: string): Promise<Blocker> {
  const res = await fetch(`${APP_URL}/rest/v1/parcels?select=version,blocked,blocker_reason,blocker_responsible&id=eq.${id}`, {
    headers: { apikey: process.env.GPMB_PUBLISHABLE_KEY ?? "" },
  });
  if (!res.ok) throw new Error(`parcels: ${res.status} ${await res.text()}`);
  const [row] = (await res.json()) as Blocker[];
  if (!row) throw new Error(`no parcel ${id}`);
  return row;
}

describe("undo of a cleared blocker", () => {
  it("brings back the reason and who must act on a parcel loaded by the viewport", async () => {
    const candidates = await findParcels("admin_unit_id=eq.326&blocked=eq.true");
    let target = candidates[0];
    for (const parcel of candidates) {
      if ((await blockerOf(parcel.id)).blocker_responsible) {
        target = parcel;
        break;
      }
    }
    if (!target) throw new Error("the demo data has no blocked parcel in Văn Giang");
    const before = await blockerOf(target.id);
    expect(before.blocked).toBe(true);

    const page = await newPage(browser);
    const rowRequests: string[] = []; // reads of whole parcel rows (the parcel panel, the search)
    page.on("request", (req: Request) => {
      if (req.url().includes("/rest/v1/parcels?")) rowRequests.push(req.url());
    });
    await openParcelAsOfficer(page, target, { panel: false });
    await selectAtCentre(page, target);

    await page.getByRole("button", { name: "Vướng mắc…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Gỡ vướng mắc").check();
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã cập nhật /).waitFor();
    expect(await blockerOf(target.id)).toMatchObject({ blocked: false, blocker_reason: null, version: before.version + 1 });

    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText(/^Đã hoàn tác /).waitFor();
    await shot(page, "undo-blocker-desktop");
    expect(await page.getByText(/không khôi phục được vướng mắc cũ/).count()).toBe(0);
    expect(await blockerOf(target.id)).toEqual({
      version: before.version + 2, blocked: true,
      blocker_reason: before.blocker_reason, blocker_responsible: before.blocker_responsible,
    });
    // the blocker came from the viewport load alone: no parcel row was read
    expect(rowRequests).toEqual([]);
    await page.context().close();
  });
});
