// The production build under its Content-Security-Policy (tools/content-security-policy.ts): the
// page carries the policy as a meta tag (and here also gets the header the README gives static
// hosts), has no inline script, and the public map, the parcels and the progress panel work with
// no violation reported.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, launch, newPage } from "./support/browser";
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

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** A page that notes every CSP violation (the listener is in place before the page's scripts). */
async function watchedPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? ["no listener"]);

describe("the production build's Content-Security-Policy", () => {
  it("is in the page, allows no inline script, and the public map draws without a violation", async () => {
    const page = await watchedPage();
    const response = (await page.goto(site.url))!;
    const html = await response.text();
    // no inline script: every <script> has a src
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc=/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\sstyle="/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const api = new URL(APP_URL);
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toContain("unsafe-inline");
    expect(meta).toContain(`connect-src 'self' ${api.origin} ws://${api.host}`);
    expect(meta).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(response.headers()["content-security-policy"]).toBe(`${meta}; frame-ancestors 'none'`);

    // React's map (its zoom buttons), the labels and the progress panel, all through the API
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
    await page.locator(".map-label", { hasText: "KCN Phố Nối A" }).first().waitFor();
    await page.getByRole("rowheader", { name: "Vành đai 4" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);

    // parcels at street zoom, and a parcel's hover text
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.notice");
    const [lat, lng] = centre(target);
    const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
    await page.goto(`${site.url}/?v=${lat},${lng},18`);
    await loaded;
    const box = (await page.locator(".leaflet-container").boundingBox())!;
    const tooltip = page.locator(".leaflet-tooltip.map-tooltip");
    for (let i = 0; i < 20 && (await tooltip.count()) === 0; i++) {
      await page.mouse.move(box.x + box.width / 2 + (i % 3), box.y + box.height / 2, { steps: 2 });
      await page.waitForTimeout(250);
    }
    await expect(tooltip.textContent()).resolves.toMatch(/\S/);
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
