// Pages with their own address (src/state/route-paths.ts, src/app/routes): a deep link opens the
// map at its view with its parcel's panel; an unknown address shows the not-found page, in both
// languages, leaves that address alone and links back to a map that carries none of it; moving
// between pages in the app and back keeps the map, its view and its URL state working.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, PHONE, launch, newPage, shot } from "./support/browser";
import type { ApiParcel } from "./support/api";
import { centre, findParcel } from "./support/api";
import { seriousViolations } from "./support/axe";

const MAP_TITLE = "GPMB Hưng Yên – Theo dõi giải phóng mặt bằng";
const NOT_FOUND_TITLE = "Không tìm thấy trang – GPMB Hưng Yên";
const UNKNOWN = "/khong-co-trang-nay";

let browser: Browser;
let target: ApiParcel;
beforeAll(async () => {
  [browser, target] = await Promise.all([launch(), findParcel("admin_unit_id=eq.325&stage=eq.notice")]);
});
afterAll(async () => {
  await browser?.close();
});

/** The map's link at street zoom with `parcel`'s panel open. */
function parcelLink(parcel: ApiParcel, zoom = 18): string {
  const [lat, lng] = centre(parcel);
  return `/?v=${lat.toFixed(5)},${lng.toFixed(5)},${zoom}&p=${parcel.id}`;
}

/** The heading of `parcel`'s panel. */
function panelHeading(page: Page, parcel: ApiParcel) {
  return page.getByRole("heading", { level: 2, name: `Tờ ${parcel.map_sheet}, thửa ${parcel.parcel_no}` });
}

/** The map's view in the address, once the debounced mirroring has written it. */
async function viewInUrl(page: Page): Promise<number[]> {
  await page.waitForTimeout(700);
  return new URL(page.url()).searchParams.get("v")!.split(",").map(Number);
}

async function waitForMap(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
}

describe("deep links", () => {
  it("a link with a view and a parcel opens the map there, with the parcel's panel", async () => {
    const page = await newPage(browser);
    const link = parcelLink(target);
    await page.goto(`${APP_URL}${link}`);
    await panelHeading(page, target).waitFor({ timeout: 60_000 });
    await waitForMap(page);
    expect(await page.title()).toBe(MAP_TITLE);
    const [lat, lng, zoom] = await viewInUrl(page);
    const [wantLat, wantLng] = centre(target);
    expect(zoom).toBe(18);
    expect(lat).toBeCloseTo(wantLat, 4);
    expect(lng).toBeCloseTo(wantLng, 4);
    expect(new URL(page.url()).searchParams.get("p")).toBe(target.id);
    await page.context().close();
  });

  it("an unknown address shows the not-found page, keeps its address, and links back to a fresh map", async () => {
    const page = await newPage(browser);
    // the map's parameters on another page's address are not the map's
    const unknown = `${APP_URL}${UNKNOWN}${parcelLink(target).slice(1)}`;
    await page.goto(unknown);
    await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor({ timeout: 60_000 });
    await page.getByText(UNKNOWN, { exact: true }).waitFor();
    expect(await page.title()).toBe(NOT_FOUND_TITLE);
    expect(await page.locator(".leaflet-container").filter({ visible: true }).count()).toBe(0);
    await page.waitForTimeout(1000);
    // no map made (nor its data asked for) for a page that shows none: it is made on the way to it
    expect(await page.locator(".leaflet-container").count()).toBe(0);
    expect(page.url()).toBe(unknown);
    await shot(page, "routes-not-found-vi-desktop");
    expect(await seriousViolations(page)).toEqual([]);

    const back = page.getByRole("link", { name: "Về bản đồ tiến độ" });
    expect(await back.getAttribute("href")).toBe("/");
    await back.click();
    await waitForMap(page);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.title()).toBe(MAP_TITLE);
    // the focus starts the new page, as a page load would
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    const [, , zoom] = await viewInUrl(page);
    expect(zoom).toBeLessThan(18); // the province, not the mistyped link's street
    expect(new URL(page.url()).searchParams.get("p")).toBeNull();
    expect(await panelHeading(page, target).count()).toBe(0);

    // back to the not-found page and forward to the map, which still works
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor();
    expect(page.url()).toBe(unknown);
    expect(await page.title()).toBe(NOT_FOUND_TITLE);
    await page.goForward();
    await waitForMap(page);
    const before = await viewInUrl(page);
    await page.getByRole("button", { name: "Phóng to", exact: true }).click();
    await expect.poll(async () => (await viewInUrl(page))[2], { timeout: 10_000 }).toBe(before[2]! + 1);
    await page.context().close();
  });

  it("leaving the map for another page and coming back keeps its view and open parcel", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}${parcelLink(target, 17)}`);
    await panelHeading(page, target).waitFor({ timeout: 60_000 });
    const view = await viewInUrl(page);
    // as an in-app link does (wouter's Link pushes the address)
    await page.evaluate((path) => window.history.pushState(null, "", path), UNKNOWN);
    await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor();
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(`${APP_URL}${UNKNOWN}`); // the map's state is not written into it
    await page.goBack();
    await panelHeading(page, target).waitFor();
    await waitForMap(page);
    expect(await viewInUrl(page)).toEqual(view);
    expect(new URL(page.url()).searchParams.get("p")).toBe(target.id);
    expect(await page.title()).toBe(MAP_TITLE);
    await page.context().close();
  });
});

describe("the not-found page", () => {
  it("speaks English to a visitor who chose it", async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => window.localStorage.setItem("gpmb.lang", "en"));
    await page.goto(`${APP_URL}${UNKNOWN}`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.title()).toBe("Page not found – GPMB Hưng Yên");
    await page.getByRole("link", { name: "Back to the progress map" }).waitFor();
    await shot(page, "routes-not-found-en-desktop");
    await page.context().close();
  });

  it("fits a 360 px screen, a long address included, in both languages", async () => {
    const long = `/${"duong-dan-rat-dai-khong-co-cho-xuong-dong".repeat(3)}`;
    for (const lang of ["vi", "en"]) {
      const page = await newPage(browser, PHONE);
      await page.addInitScript((l) => window.localStorage.setItem("gpmb.lang", l), lang);
      await page.goto(`${APP_URL}${long}`);
      await page.getByRole("heading", { level: 1, name: lang === "vi" ? "Không tìm thấy trang" : "Page not found" }).waitFor({ timeout: 60_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await shot(page, `routes-not-found-${lang}-phone`);
      await page.context().close();
    }
  });
});
