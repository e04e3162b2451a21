// The app opens without signal (issue #17, deliverable 1), on the production build with its
// service worker: an officer opens the map at a parcel and signs in; the device keeps the copy
// (IndexedDB gpmb-offline-copy); offline, a reload and a fresh start still show the map, the
// boundaries and the parcels last viewed, with the copy's age, and the officer is still signed
// in, even once the access token has expired (supabase-js cannot refresh it offline).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { centre, findParcel } from "./support/api";
import type { ProductionSite } from "./support/production-build";
import { serveProductionBuild } from "./support/production-build";

let browser: Browser;
let site: ProductionSite;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveProductionBuild()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the copy on the device holds: answer keys and the number of tiles and parcels. */
function copyContents(page: Page) {
  return page.evaluate(() => new Promise<{ answers: string[]; tiles: number; parcels: number }>((resolve, reject) => {
    const open = indexedDB.open("gpmb-offline-copy");
    open.onerror = () => reject(open.error ?? new Error("open failed"));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("answers")) return resolve({ answers: [], tiles: 0, parcels: 0 });
      const tx = db.transaction(["answers", "tiles", "parcels"]);
      const keys = tx.objectStore("answers").getAllKeys();
      const tiles = tx.objectStore("tiles").count();
      const parcels = tx.objectStore("parcels").count();
      tx.oncomplete = () => {
        db.close();
        resolve({ answers: (keys.result as string[]).sort(), tiles: tiles.result, parcels: parcels.result });
      };
    };
  }));
}

async function waitForCopy(page: Page) {
  for (let i = 0; i < 120; i++) {
    const copy = await copyContents(page);
    if (copy.tiles > 0 && copy.answers.some((k) => k.startsWith("access:")) && copy.answers.includes("projects")
        && copy.answers.includes("progress:project")) return copy;
    await page.waitForTimeout(250);
  }
  throw new Error(`the copy was not saved: ${JSON.stringify(await copyContents(page))}`);
}

/** Hovers the map's centre until a parcel's hover text shows; returns it. */
async function parcelTooltipAtCentre(page: Page): Promise<string> {
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  const tooltip = page.locator(".leaflet-tooltip.map-tooltip");
  for (let i = 0; i < 30 && (await tooltip.count()) === 0; i++) {
    await page.mouse.move(box.x + box.width / 2 + (i % 3), box.y + box.height / 2 + (i % 2), { steps: 2 });
    await page.waitForTimeout(250);
  }
  return (await tooltip.textContent()) ?? "";
}

const AGE = /Bản lưu trên máy, cập nhật lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/;

/** The map is up offline: boundaries, the parcel at the centre, the copy's age, still signed in. */
async function expectOfflineMap(page: Page) {
  await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
  await page.locator(".leaflet-control-attribution", { hasText: "Ranh giới hành chính" }).waitFor();
  await page.locator(".map-status__chip--offline", { hasText: AGE }).waitFor({ timeout: 30_000 });
  await expect(page.locator(".map-status__chip--offline").textContent()).resolves.toContain("Mất kết nối");
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor();
  await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
  // the province's figures of the last view, from the copy
  await page.locator("#progress-panel .stat-card").first().waitFor({ timeout: 30_000 });
  // a parcel of the tile last viewed, drawn from the copy (the API is out of reach)
  await expect(parcelTooltipAtCentre(page)).resolves.toMatch(/Tờ \d+, thửa \d+/);
}

describe("the app without signal", () => {
  it("opens offline after a reload and on a fresh start, with the boundaries, the last viewed parcels and the copy's age", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.notice");
    const [lat, lng] = centre(target);
    const address = `${site.url}/?v=${lat},${lng},18`;
    const page = await newPage(browser);
    const context = page.context();
    page.on("pageerror", (e) => console.log(`[page error] ${e.message}`));
    const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
    await page.goto(address);
    await loaded;
    await signIn(page, "canbo.vangiang@gpmb.local");
    await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
    // the worker has precached the app (ready = installed and active)
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const copy = await waitForCopy(page);
    expect(copy.answers).toEqual(expect.arrayContaining(["app-info", "boundary:districts", "boundary:province", "progress:project", "projects"]));
    expect(copy.parcels).toBeGreaterThan(0);
    // online, the live map shows no badge
    await expect(page.locator(".map-status__chip--offline").count()).resolves.toBe(0);

    await context.setOffline(true);
    await page.reload();
    await expectOfflineMap(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // the officer's rights came from the copy too: a parcel of their area can be selected offline
    const box = (await page.locator(".leaflet-container").boundingBox())!;
    await page.keyboard.down("Shift");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.up("Shift");
    await page.waitForFunction(() => new URL(location.href).searchParams.has("s"));
    await shot(page, "offline-reload-desktop");
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(500);
    await shot(page, "offline-reload-360");
    await page.setViewportSize(DESKTOP);

    // the access token expired meanwhile: supabase-js cannot refresh it offline, the officer stays signed in
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => /^sb-.+-auth-token$/.test(k))!;
      const session = JSON.parse(localStorage.getItem(key)!) as { expires_at: number };
      session.expires_at = Math.floor(Date.now() / 1000) - 3600;
      localStorage.setItem(key, JSON.stringify(session));
    });
    await page.reload();
    await expectOfflineMap(page);

    // a fresh start: a new page of the same browser, still offline
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto(address);
    await expectOfflineMap(fresh);
    await fresh.setViewportSize(PHONE);
    await fresh.waitForTimeout(500);
    await shot(fresh, "offline-fresh-start-360");

    // back online: the live data replace the copy and the badge goes
    await context.setOffline(false);
    await fresh.locator(".map-status__chip--offline").waitFor({ state: "detached", timeout: 60_000 });
    await context.close();
  }, 300_000);
});
