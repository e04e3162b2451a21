// The province view drawn before React (src/app/early-view): it shows the map with each
// project's progress while the app's own code is held back, and React then takes the same map
// over without moving the page, the map or a single label; visits it does not suit go
// straight to React.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page, Route } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot } from "./support/browser";
import type { LabelView } from "./support/map-labels";
import { labelView, labelsUnderOverlays, near } from "./support/map-labels";

const EARLY_VIEW_MARK = "gpmb:early-view";
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

/** Where the map is and what its labels say and where they are, as a person sees it. */
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

/**
 * React kept every label of the early view where it was, but those that its controls (zoom
 * buttons, layers, legend, the zoom hint) now cover: it leaves them out, as the early view leaves
 * out those under its attribution, and a label they kept from showing may now show in their
 * place. No label lies under a control, before or after.
 */
function expectLabelsKept(early: LabelView, adopted: LabelView) {
  expect(labelsUnderOverlays(early)).toEqual([]);
  expect(labelsUnderOverlays(adopted)).toEqual([]);
  const leftOut = early.labels.filter((name) => !adopted.labels.includes(name));
  expect(leftOut.filter((name) => !adopted.overlays.some((overlay) => near(early.labelBoxes[name]!, overlay)))).toEqual([]);
  const added = adopted.labels.filter((name) => !early.labels.includes(name));
  expect(added.filter((name) => !leftOut.some((gone) => near(adopted.labelBoxes[name]!, early.labelBoxes[gone]!)))).toEqual([]);
  expect(adopted.labels.length - added.length).toBeGreaterThan(5);
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
 * Opens the app with its chunk held back until `releaseApp`, and until `releaseRest` the demo
 * banner (app_info) and the header's sign-in area (supabase-js), which move the map down when they
 * arrive, with or without the early view; resolves once the early view is drawn.
 */
async function openEarlyView(page: Page): Promise<{ releaseApp: () => void; releaseRest: () => void }> {
  const releaseApp = await hold(page, APP_CHUNK);
  const releaseBanner = await hold(page, /\/rest\/v1\/app_info/);
  const releaseSession = await hold(page, SUPABASE_JS);
  await page.goto(APP_URL);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, EARLY_VIEW_MARK, { timeout: 60_000 });
  return {
    releaseApp,
    releaseRest() {
      releaseBanner();
      releaseSession();
    },
  };
}

const earlyViewDrawn = (page: Page) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, EARLY_VIEW_MARK);

describe("the province view before React", () => {
  for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    it(`is drawn without the app's code, then taken over by React without moving (${name})`, async () => {
      const page = await newPage(browser, viewport);
      const { releaseApp, releaseRest } = await openEarlyView(page);
      const early = await snapshot(page);
      // the view alone: progress labels on the map, no React controls yet
      expect(early.maps).toBe(1);
      expect(early.labels.length).toBeGreaterThan(5);
      expect(early.labels.join("\n")).toMatch(/\d,\d\u00a0%/); // vi-VN shares such as 87,2 %
      await expect(page.locator(".leaflet-control-zoom").count()).resolves.toBe(0);
      // nor i18next: its texts come straight from vi.ts (src/app/i18n/vi-text.ts), which is sooner
      const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      expect(loaded.filter((url) => /i18next/.test(url))).toEqual([]);
      await shot(page, `early-view-${name}`);
      expect(await seriousViolations(page)).toEqual([]);

      releaseApp();
      const zoomIn = page.getByRole("button", { name: "Phóng to", exact: true });
      await zoomIn.waitFor({ timeout: 60_000 });
      const adopted = await snapshot(page);
      expect(adopted.maps).toBe(1); // the same map, not a second one
      expect(adopted.map).toEqual(early.map);
      expect(adopted.header).toBe(early.header);
      expectLabelsKept(early, adopted);
      releaseRest();
      await page.getByRole("complementary", { name: "Dữ liệu minh họa" }).waitFor();
      // the header kept room for the sign-in button while the session was not known: it does
      // not grow (on a phone, by a whole row) and push the map down when the button appears
      await page.getByRole("button", { name: "Đăng nhập", exact: true }).waitFor();
      expect((await snapshot(page)).header).toBe(early.header);

      // React drives the adopted map: its zoom button zooms it, and the link follows
      await zoomIn.click();
      await page.waitForURL(/v=[\d.]+,[\d.]+,1[01](\.5)?\b/, { timeout: 10_000 });
      await page.context().close();
    });
  }

  it("keeps a view the person moved to before React took over", async () => {
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openEarlyView(page);
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
    const adopted = await snapshot(page);
    expectLabelsKept(panned, adopted);
    releaseRest();
    await page.context().close();
  });

  it("draws the first view on a canvas reaching a tenth beyond the map, three tenths from the first move on", async () => {
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openEarlyView(page);
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

  it("does not lose a click on the header's buttons made before React took over", async () => {
    const page = await newPage(browser);
    const { releaseApp, releaseRest } = await openEarlyView(page);
    // the guest's sign-in area is there at once (no session kept), the same as React's
    await page.getByText("Khách (xem công khai)").waitFor();
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    releaseApp();
    // React's header opened the sign-in panel, focused on its first field
    const email = page.getByLabel("Email");
    await email.waitFor({ timeout: 60_000 });
    await expect(email.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    releaseRest();

    const other = await newPage(browser);
    const held = await openEarlyView(other);
    await other.getByRole("button", { name: /^EN/ }).click();
    held.releaseApp();
    await other.getByRole("button", { name: "Zoom in", exact: true }).waitFor({ timeout: 60_000 });
    held.releaseRest();
    await page.context().close();
    await other.context().close();
  });

  it("is left to React for English visitors and for links deeper than the province", async () => {
    const english = await newPage(browser);
    await english.addInitScript(() => localStorage.setItem("gpmb.lang", "en"));
    await english.goto(APP_URL);
    await english.getByRole("button", { name: "Zoom in", exact: true }).waitFor({ timeout: 60_000 });
    expect(await earlyViewDrawn(english)).toBe(false);
    await english.context().close();

    const street = await newPage(browser);
    await street.goto(`${APP_URL}/?v=20.9443,105.9383,16`);
    await street.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
    expect(await earlyViewDrawn(street)).toBe(false);
    await street.context().close();
  });
});
