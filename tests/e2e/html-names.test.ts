// Project names are data (and soon come from imported files): an admin names a project with an
// HTML payload, and the public map shows the name as text, on the outline's hover text, its
// label and the progress table, and no script runs.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { Browser, Locator, Page } from "playwright-core";
import { APP_URL, PHONE, launch, newPage, shot } from "./support/browser";
import { adminClient } from "./support/admin";

const PROJECT = "KCN Thăng Long II";
const PAYLOAD = `<img src=x onerror="window.__pwned=1">KCN Test`;

let browser: Browser;
let admin: SupabaseClient;
let projectId = "";
/** Inside the project's outline (the mean of its outer ring's corners), [lat, lng]. */
let inside: [number, number] = [0, 0];

async function rename(name: string): Promise<void> {
  const { data, error } = await admin.from("projects").update({ name }).eq("id", projectId).select("id,name");
  if (error) throw new Error(`renaming the project failed: ${error.message}`);
  expect(data).toEqual([{ id: projectId, name }]);
}

beforeAll(async () => {
  [browser, admin] = await Promise.all([launch(), adminClient()]);
  const { data, error } = await admin.from("projects").select("id,name,geom").eq("name", PROJECT);
  if (error || data?.length !== 1) throw new Error(`no single project named ${PROJECT}: ${error?.message ?? data?.length}`);
  const project = data[0] as { id: string; geom: { type: "Polygon"; coordinates: number[][][] } };
  projectId = project.id;
  const ring = project.geom.coordinates[0]!.slice(0, -1);
  inside = [ring.reduce((s, p) => s + p[1]!, 0) / ring.length, ring.reduce((s, p) => s + p[0]!, 0) / ring.length];
  await rename(PAYLOAD);
});
afterAll(async () => {
  if (projectId) await rename(PROJECT);
  await browser?.close();
});

declare global {
  interface Window {
    __pwned?: number;
  }
}

/**
 * Moves the pointer about the centre of `target` until a hover text shows; returns the hover
 * text. The centre is read again at each move: the page above the map may still change height.
 * One step per move: on the way there the pointer would cross other projects, and the canvas
 * skips hover checks for a moment after each one.
 */
async function pointAt(page: Page, target: Locator) {
  const tooltip = page.locator(".leaflet-tooltip.map-tooltip");
  for (let i = 0; i < 40 && (await tooltip.count()) === 0; i++) {
    const at = await centreOf(target);
    await page.mouse.move(at.x + (i % 3), at.y);
    await page.waitForTimeout(250);
  }
  return tooltip;
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectNothingRan(page: Page, imageRequests: string[]) {
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
  expect(imageRequests).toEqual([]);
}

async function openPublicMap(page: Page, search = ""): Promise<string[]> {
  // an <img src=x> made from the name would ask the server for /x
  const imageRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/x") imageRequests.push(request.url());
  });
  await page.goto(`${APP_URL}/${search}`);
  // React's map: the view drawn before it has no hover texts
  await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
  return imageRequests;
}

describe("a project name holding HTML", () => {
  it("shows as text on the public map's hover text, label and progress table, and runs nothing (1280 px)", async () => {
    const page = await newPage(browser);
    const imageRequests = await openPublicMap(page);
    // its label, at the province view, shortened; labels let the pointer through to the outline
    const label = page.locator(".map-label", { hasText: "<img src=x" }).first();
    await expect(label.locator(".map-label__title").textContent()).resolves.toBe("<img src=x…");
    const tooltip = await pointAt(page, label);
    const text = (await tooltip.textContent())!;
    expect(text.startsWith(`${PAYLOAD}: đã bàn giao `)).toBe(true);
    expect(text).toMatch(/\d+(,\d)?\u00a0%$/);
    await expect(tooltip.locator("*").count()).resolves.toBe(1); // the one span holding the text
    await shot(page, "html-name-tooltip-desktop");
    await expectNothingRan(page, imageRequests);

    await page.getByRole("tab", { name: "Dự án", exact: true }).click();
    const name = page.locator(".summary-table").getByRole("button", { name: PAYLOAD, exact: true });
    await name.waitFor();
    await expect(name.textContent()).resolves.toBe(PAYLOAD);
    await expect(name.locator("img").count()).resolves.toBe(0);
    await name.scrollIntoViewIfNeeded();
    await shot(page, "html-name-progress-desktop");
    await expectNothingRan(page, imageRequests);
    await page.context().close();
  });

  it("shows as text on the hover text at 360 px", async () => {
    const page = await newPage(browser, PHONE);
    // closer in, where the project fills the middle of the phone's map (at the province view its label gives way to others)
    const imageRequests = await openPublicMap(page, `?v=${inside[0]},${inside[1]},13`);
    await page.waitForLoadState("networkidle");
    const tooltip = await pointAt(page, page.locator(".leaflet-container"));
    await expect(tooltip.textContent()).resolves.toContain(PAYLOAD);
    await shot(page, "html-name-tooltip-phone");
    await expectNothingRan(page, imageRequests);
    await page.context().close();
  });
});
