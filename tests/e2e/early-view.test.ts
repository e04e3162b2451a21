// One map for every visit: the entry makes the page's Leaflet map in index.html's skeleton and
// draws the province view on it before the app's own code has loaded (src/app/province-view.ts),
// for Vietnamese and English visitors, guests and officers with a kept session, province links and
// deep links alike; React then hosts that same map element without moving the page, the map or a
// label but those its controls now cover.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page, Route } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { centre, findParcel } from "./support/api";
import type { LabelView } from "./support/map-labels";
import { labelView, labelsUnderOverlays, near } from "./support/map-labels";

const PROVINCE_VIEW_MARK = "gpmb:province-view";
/** The app's chunk: the module in the dev server, the hashed chunk in a build. */
const APP_CHUNK = /\/src\/app\/start\.tsx|\/assets\/start-[\w-]+\.js/;
/** supabase-js, loaded once the first view is up (the dev server's pre-bundled module). */
const SUPABASE_JS = /@supabase_supabase-js/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the header and the map are and what the labels say and where they are, as a person sees it. */
async function snapshot(page: Page) {
  const frame = await page.evaluate(() => {
    const box = (e: Element) => e.getBoundingClientRect();
    const map = document.querySelector(".map-view__map");
    const r = map ? box(map) : null;
    return {
      maps: document.querySelectorAll(".leaflet-container").length,
      map: r ? [r.x, r.y, r.width, r.height].map(Math.round) : null,
      header: Math.round(box(document.querySelector(".app-header")!).height),
    };
  });
  return { ...frame, ...(await labelView(page)) };
}

/** Marks the map element now in the page, so that `sameMap` can tell it is still the one. */
const markMap = (page: Page) => page.evaluate(() => {
  (window as unknown as { firstMap: Element | null }).firstMap = document.querySelector(".leaflet-container");
});
const sameMap = (page: Page) => page.evaluate(() =>
  (window as unknown as { firstMap: Element | null }).firstMap === document.querySelector(".leaflet-container") &&
  document.querySelectorAll(".leaflet-container").length === 1);

/**
 * React kept every label of the first view where it was, but those that its controls (zoom
 * buttons, layers, legend, the zoom hint) now cover: it leaves them out, and a label they kept
 * from showing may now show in their place. No label lies under a control, before or after.
 */
function expectLabelsKept(early: LabelView, hosted: LabelView) {
  expect(labelsUnderOverlays(early)).toEqual([]);
  expect(labelsUnderOverlays(hosted)).toEqual([]);
  const leftOut = early.labels.filter((name) => !hosted.labels.includes(name));
  expect(leftOut.filter((name) => !hosted.overlays.some((overlay) => near(early.labelBoxes[name]!, overlay)))).toEqual([]);
  const added = hosted.labels.filter((name) => !early.labels.includes(name));
  expect(added.filter((name) => !leftOut.some((gone) => near(hosted.labelBoxes[name]!, early.labelBoxes[gone]!)))).toEqual([]);
  expect(hosted.labels.length - added.length).toBeGreaterThan(5);
}

/** Holds back the requests matching `url` until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Opens `path` with the app's chunk held back until `releaseApp`, and until `releaseRest` the
 * demo banner (app_info) and supabase-js (the header's session), which move the map down or
 * change the header when they arrive; resolves once `drawn` holds in the page.
 */
async function openBeforeReact(page: Page, path = "/", drawn = provinceDrawn): Promise<{ releaseApp: () => void; releaseRest: () => void }> {
  const releaseApp = await hold(page, APP_CHUNK);
  const releaseBanner = await hold(page, /\/rest\/v1\/app_info/);
  const releaseSession = await hold(page, SUPABASE_JS);
  await page.goto(`${APP_URL}${path}`);
  await page.waitForFunction(drawn.script, drawn.arg, { timeout: 60_000 });
  return {
    releaseApp,
    releaseRest() {
      releaseBanner();
      releaseSession();
    },
  };
}

interface Drawn {
  readonly script: (arg: string) => boolean;
  readonly arg: string;
}
const provinceDrawn: Drawn = { script: (mark) => performance.getEntriesByName(mark).length > 0, arg: PROVINCE_VIEW_MARK };
/** The map is in the page with the province's outline drawn on its canvas. */
const mapDrawn: Drawn = { script: (selector) => document.querySelector(selector) !== null, arg: ".leaflet-container canvas" };

const appChunkLoaded = (page: Page) =>
  page.evaluate((source) => performance.getEntriesByType("resource").some((e) => new RegExp(source).test(e.name)), APP_CHUNK.source);

describe("the one map, before and after React", () => {
  for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    it(`is drawn in the skeleton without the app's code, then hosted by React without moving (${name})`, async () => {
      const page = await newPage(browser, viewport);
      const { releaseApp, releaseRest } = await openBeforeReact(page);
      const early = await snapshot(page);
      // the view alone: progress labels on the map, no React controls yet, nor its code
      expect(early.maps).toBe(1);
      expect(early.labels.length).toBeGreaterThan(5);
      expect(early.labels.join("\n")).toMatch(/\d,\d\u00a0%/); // vi-VN shares such as 87,2 %
      await expect(page.locator(".leaflet-control-zoom").count()).resolves.toBe(0);
      expect(await appChunkLoaded(page)).toBe(false);
      await markMap(page);
      await shot(page, `first-screen-before-react-${name}`);

      releaseApp();
      const zoomIn = page.getByRole("button", { name: "Phóng to", exact: true });
      await zoomIn.waitFor({ timeout: 60_000 });
      const hosted = await snapshot(page);
      expect(await sameMap(page)).toBe(true); // the same map element, not a second map
      expect(hosted.map).toEqual(early.map);
      expect(hosted.header).toBe(early.header);
      expectLabelsKept(early, hosted);
      await shot(page, `first-screen-after-react-${name}`);
      releaseRest();
      await page.getByRole("complementary", { name: "Dữ liệu minh họa" }).waitFor();
      // the header kept its height while the session was not known, and once it is
      await page.getByRole("button", { name: "Đăng nhập", exact: true }).waitFor();
      expect((await snapshot(page)).header).toBe(early.header);

      // React drives the map: its zoom button zooms it, and the link follows
      await zoomIn.click();
      await page.waitForURL(/v=[\d.]+,[\d.]+,1[01](\.5)?\b/, { timeout: 10_000 });
      await page.context().close();
    });
  }

  it("is drawn before React for an English visitor, and follows the language chosen", async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => localStorage.setItem("gpmb.lang", "en"));
    const { releaseApp, releaseRest } = await openBeforeReact(page);
    const early = await snapshot(page);
    expect(early.labels.join("\n")).toMatch(/\d\.\d%/); // English shares such as 87.2%
    expect(early.labels.join("\n")).not.toMatch(/\d,\d\u00a0%/);
    await markMap(page);
    releaseApp();
    releaseRest();
    await page.getByRole("button", { name: "Zoom in", exact: true }).waitFor({ timeout: 60_000 });
    expect(await sameMap(page)).toBe(true);
    expect((await snapshot(page)).header).toBe(early.header);
    // back to Vietnamese: the labels follow, on the same map
    await page.getByRole("button", { name: /^VI/ }).click();
    await expect.poll(async () => (await labelView(page)).labels.join("\n"), { timeout: 10_000 }).toMatch(/\d,\d\u00a0%/);
    expect(await sameMap(page)).toBe(true);
    await page.context().close();
  });

  it("is drawn before React for an officer with a kept session", async () => {
    const first = await newPage(browser);
    await first.goto(APP_URL);
    await signIn(first, "canbo.vangiang@gpmb.local");
    const header = (await snapshot(first)).header;
    const page = await first.context().newPage();
    await first.close();
    const { releaseApp, releaseRest } = await openBeforeReact(page);
    const early = await snapshot(page);
    expect(early.labels.length).toBeGreaterThan(5);
    expect(early.header).toBe(header);
    await markMap(page);
    releaseApp();
    releaseRest();
    await page.getByRole("button", { name: "Đăng xuất" }).waitFor({ timeout: 60_000 });
    await page.locator(".officer-map-tools").getByRole("button", { name: "Khoanh chọn" }).waitFor({ timeout: 60_000 });
    expect(await sameMap(page)).toBe(true);
    const hosted = await snapshot(page);
    expect(hosted.header).toBe(early.header);
    expect(hosted.map![0]).toBe(early.map![0]);
    expect(hosted.map![2]).toBe(early.map![2]);
    await page.context().close();
  });

  it("is made before React for a deep link to a parcel at street zoom, which React then opens on it", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.inventory");
    const [lat, lng] = centre(target);
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openBeforeReact(page, `/?v=${lat},${lng},17&p=${target.id}`, mapDrawn);
    const early = await snapshot(page);
    expect(early.maps).toBe(1);
    expect(early.labels).toEqual([]); // no province labels at street zoom
    await markMap(page);
    releaseApp();
    releaseRest();
    await page.getByRole("heading", { name: `Tờ ${target.map_sheet}, thửa ${target.parcel_no}` }).waitFor({ timeout: 60_000 });
    expect(await sameMap(page)).toBe(true);
    // in the same place and as wide (the demo banner above it, released with the session, moves it down)
    const hosted = (await snapshot(page)).map!;
    expect([hosted[0], hosted[2]]).toEqual([early.map![0], early.map![2]]);
    // the link's view was kept (written back rounded)
    const [vLat, vLng, vZoom] = new URL(page.url()).searchParams.get("v")!.split(",").map(Number);
    expect([Math.abs(vLat! - lat) < 1e-4, Math.abs(vLng! - lng) < 1e-4, vZoom]).toEqual([true, true, 17]);
    await page.context().close();
  });

  it("keeps a view the person moved to before React came", async () => {
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openBeforeReact(page);
    const fitted = await snapshot(page);
    await page.mouse.move(400, 400);
    await page.mouse.down();
    await page.mouse.move(300, 350, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(1000); // Leaflet's inertia glides on after the mouse is let go
    const panned = await snapshot(page);
    expect(panned.labels).not.toEqual(fitted.labels);
    releaseApp();
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
    const hosted = await snapshot(page);
    expectLabelsKept(panned, hosted);
    releaseRest();
    await page.context().close();
  });

  it("draws the first view on a canvas reaching a tenth beyond the map, three tenths from the first move on", async () => {
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openBeforeReact(page);
    // the canvas's CSS size over the map's (src/map/map-options.ts: FIRST_DRAW_PADDING, CANVAS_PADDING)
    const reach = () => page.evaluate(() => {
      const map = document.querySelector(".leaflet-container")!.getBoundingClientRect();
      const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-overlay-pane canvas")!;
      return [Number.parseFloat(canvas.style.width) / map.width, Number.parseFloat(canvas.style.height) / map.height]
        .map((ratio) => Math.round(ratio * 100) / 100);
    });
    expect(await reach()).toEqual([1.2, 1.2]);
    await page.mouse.move(400, 400);
    await page.mouse.down();
    await page.mouse.move(340, 380, { steps: 4 });
    await page.mouse.up();
    await expect.poll(reach, { timeout: 5000 }).toEqual([1.6, 1.6]);
    releaseApp();
    releaseRest();
    await page.context().close();
  });
});
