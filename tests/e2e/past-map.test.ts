// The map on a chosen day (issue 15, item 4): a parcel handed over today shows, on the map of
// yesterday, the stage it had then — in its colour on the canvas and in its panel — while the
// officer's tools are off with the way back to today; "Về hôm nay" brings back today's stage.
// A link from another page of the app (the meeting view's) brings the map to its box, parcel
// and day without a page load.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { Browser, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage, signIn } from "./support/browser";
import type { ApiParcel } from "./support/api";
import { centre, findParcels, parcelsById } from "./support/api";
import { adminClient } from "./support/admin";
import { colourDistance, mapCentreColour, rgb } from "./support/map-canvas";

const OFFICER = "canbo.vangiang@gpmb.local";
const COMPENSATED = { label: "Đã chi trả bồi thường", colour: "#41b6c4" };
const HANDED_OVER = { label: "Đã bàn giao mặt bằng", colour: "#238b45" };

let browser: Browser;
let officer: SupabaseClient;
beforeAll(async () => {
  [browser, officer] = await Promise.all([launch(), adminClient(OFFICER)]);
});
afterAll(async () => {
  await browser?.close();
});

/** The day `offset` days from today in Hưng Yên: ISO "YYYY-MM-DD" and as the UI writes it. */
function day(offset: number): { iso: string; vi: string } {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(Date.now() + offset * 86_400_000));
  const [y, m, d] = iso.split("-");
  return { iso, vi: `${d}/${m}/${y}` };
}

async function move(parcel: ApiParcel, stage: string, note?: string): Promise<void> {
  const { data, error } = await officer.rpc("record_parcel_events", {
    events: [{ event_id: crypto.randomUUID(), parcel_id: parcel.id, expected_version: parcel.version, to_stage: stage, note }],
  });
  if (error) throw new Error(`record_parcel_events: ${error.message}`);
  expect((data as { status: string }[])[0]?.status).toBe("applied");
}

/** The panel's stage line ("Bước hiện tại … Đã chi trả bồi thường"). */
function stageLine(page: Page) {
  return page.locator(".stage-track__current strong");
}

/** The map's centre is drawn closer to `near`'s colour than to `far`'s (the canvas blends the fill with what lies under it). */
async function expectCentreColour(page: Page, near: string, far: string): Promise<void> {
  let seen: readonly number[] | null = null;
  await expect.poll(async () => {
    const colour = await mapCentreColour(page);
    seen = colour;
    return colour !== null && colourDistance(colour, rgb(near)) < colourDistance(colour, rgb(far));
  }, { timeout: 15_000, message: `the map's centre is drawn nearer ${near} than ${far}` }).toBe(true)
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `${SHOTS}/past-map-colour-failed.png` });
      throw new Error(`${String(error)}; colour at the centre: ${JSON.stringify(seen)}`);
    });
}

/** Opens the map at the parcel, street zoom, with its panel, on `d` (a past day) or today. */
async function openAt(page: Page, parcel: ApiParcel, d: string | null, signInAs?: string): Promise<void> {
  const [lat, lng] = centre(parcel);
  await page.goto(`${APP_URL}/?v=${lat},${lng},19&p=${parcel.id}${d ? `&d=${d}` : ""}`);
  if (signInAs) await signIn(page, signInAs);
  await page.getByRole("heading", { name: `Tờ ${parcel.map_sheet}, thửa ${parcel.parcel_no}` }).waitFor({ timeout: 60_000 });
}

describe("the map on a past day", () => {
  it("a map at a past date shows the earlier stage of a parcel changed since", async () => {
    const [parcel] = await findParcels("admin_unit_id=eq.326&stage=eq.compensated&blocked=is.false");
    if (!parcel) throw new Error("no compensated parcel in Văn Giang");
    const yesterday = day(-1);
    const asked: string[] = [];
    await move(parcel, "handed_over");
    try {
      const page = await newPage(browser, DESKTOP);
      page.on("request", (req) => {
        if (req.url().includes("/rpc/parcels_in_bbox_as_of")) asked.push(req.postData() ?? "");
      });
      await openAt(page, parcel, yesterday.iso, OFFICER);
      // the panel: yesterday's stage, said to be yesterday's
      await page.getByText(`Bước đến hết ngày ${yesterday.vi}`).waitFor();
      await expect.poll(() => stageLine(page).innerText(), { timeout: 15_000 }).toBe(COMPENSATED.label);
      // the canvas: the compensated colour, from the past day's parcels
      await expectCentreColour(page, COMPENSATED.colour, HANDED_OVER.colour);
      expect(asked.some((body) => body.includes(`${yesterday.iso}T23:59:59.999999+07:00`))).toBe(true);
      // the map says which day it shows; the officer's tools are off, with the way back
      await page.getByText(`Bản đồ đến hết ngày ${yesterday.vi}`).waitFor();
      await page.getByRole("heading", { name: "Công cụ cán bộ tạm tắt" }).waitFor();
      await expect(page.getByRole("heading", { name: "Công cụ cán bộ", exact: true }).count()).resolves.toBe(0);
      await expect(page.getByText("Bản đồ vẫn hiện hôm nay", { exact: false }).count()).resolves.toBe(0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${SHOTS}/past-map-desktop.png` });

      // back to today: the handover shows, the tools come back, the link loses its day
      await page.locator(".past-day-notice").getByRole("button", { name: "Về hôm nay" }).click();
      await page.getByRole("heading", { name: "Công cụ cán bộ", exact: true }).waitFor();
      await expect.poll(() => stageLine(page).innerText(), { timeout: 15_000 }).toBe(HANDED_OVER.label);
      await expectCentreColour(page, HANDED_OVER.colour, COMPENSATED.colour);
      await expect.poll(() => new URL(page.url()).searchParams.has("d")).toBe(false);
      await page.context().close();

      // a 360 px phone, the public: the same past stage
      const phone = await newPage(browser, PHONE);
      await openAt(phone, parcel, yesterday.iso);
      await expect.poll(() => stageLine(phone).innerText(), { timeout: 15_000 }).toBe(COMPENSATED.label);
      await phone.getByText(`Bản đồ đến hết ngày ${yesterday.vi}`).waitFor();
      await phone.waitForTimeout(400);
      await phone.screenshot({ path: `${SHOTS}/past-map-phone.png` });
      // the map itself, with its day, once the panel is closed
      await phone.getByRole("button", { name: "Đóng" }).first().click();
      await phone.getByText(`Bản đồ đến hết ngày ${yesterday.vi}`).waitFor();
      await phone.waitForTimeout(400);
      await phone.screenshot({ path: `${SHOTS}/past-map-phone-map.png` });
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await phone.context().close();
    } finally {
      const [now] = await parcelsById([parcel.id]);
      await move(now!, "compensated", "Kiểm thử tự động: trả thửa về bước cũ");
    }
  });

  it("a link from the meeting view brings the map to its box, parcel and day without a page load", async () => {
    const [parcel] = await findParcels("admin_unit_id=eq.326&stage=eq.inventory&blocked=is.false");
    if (!parcel) throw new Error("no parcel at inventory in Văn Giang");
    const [lat, lng] = centre(parcel);
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${APP_URL}/meeting`);
    await page.waitForLoadState("networkidle");
    const loads = await page.evaluate(() => performance.getEntriesByType("navigation").length);
    const d = 0.0008;
    const link = `/?b=${lng - d},${lat - d},${lng + d},${lat + d}&p=${parcel.id}&d=2024-12-31`;
    // what a wouter <Link> does: push the address and tell the router
    await page.evaluate((href) => {
      window.history.pushState(null, "", href);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, link);
    await page.getByRole("heading", { name: `Tờ ${parcel.map_sheet}, thửa ${parcel.parcel_no}` }).waitFor({ timeout: 60_000 });
    await page.getByText("Bước đến hết ngày 31/12/2024").waitFor();
    // the box was fitted, then replaced in the link by the view it gave
    await expect.poll(() => new URL(page.url()).searchParams.has("b"), { timeout: 10_000 }).toBe(false);
    const [vLat, vLng, zoom] = new URL(page.url()).searchParams.get("v")!.split(",").map(Number);
    expect(Math.abs(vLat! - lat)).toBeLessThan(d);
    expect(Math.abs(vLng! - lng)).toBeLessThan(d);
    expect(zoom).toBeGreaterThanOrEqual(16);
    expect(new URL(page.url()).searchParams.get("d")).toBe("2024-12-31");
    expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(loads);
    await page.context().close();
  });

  it("the progress panel's project rows name each project's responsible unit and person, on a past day too", async () => {
    const { data } = await officer.from("projects").select("name,responsible_unit,responsible_person").order("code").limit(1);
    const project = (data as { name: string; responsible_unit: string; responsible_person: string }[])[0]!;
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${APP_URL}/?d=2024-12-31`);
    await page.getByRole("tab", { name: "Dự án", exact: true }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${project.name.replace(/[()]/g, ".")}`) }) }).first();
    await row.waitFor({ timeout: 60_000 });
    await expect(row.innerText()).resolves.toContain(`Đơn vị chịu trách nhiệm: ${project.responsible_unit}`);
    await expect(row.innerText()).resolves.toContain(`Người phụ trách: ${project.responsible_person}`);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/past-map-project-rows-desktop.png` });
    await page.context().close();
  });
});
