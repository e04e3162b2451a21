// The printed report fits A4 landscape: on screen at the paper's size (1123 × 794 px at 96 dpi)
// it shows its title, as-of day, map picture, targets' table and one drawn chart per target; in
// print media the toolbar goes, no sheet is wider than the paper's printable width (297 mm
// less the 30 mm and 15 mm side margins) and the first three sheets (targets, map, charts) are
// no taller than its printable height; Chromium's print-to-PDF gives A4 landscape pages. The
// blocker and deadline lists may run over several pages, as tables do.
import { writeFileSync } from "node:fs";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, SHOTS, launch } from "./support/browser";
import { formatViDate, targetProgress } from "./support/api";
import type { ApiTarget } from "./support/api";

const A4_LANDSCAPE = { width: 1123, height: 794 };
/** The printable width: 297 mm less the left (30 mm) and right (15 mm) margins, at 96 px per inch. */
const PRINTABLE_WIDTH = Math.floor((252 / 25.4) * 96);
/** The printable height: 210 mm less the top and bottom margins (20 mm each). */
const PRINTABLE_HEIGHT = Math.floor((170 / 25.4) * 96);
/** A4 landscape in PDF points (1/72 in): 297 × 210 mm. */
const A4_POINTS = { width: (297 / 25.4) * 72, height: (210 / 25.4) * 72 };
const DAY = "2024-09-30";

let browser: Browser;
let targets: ApiTarget[];
beforeAll(async () => {
  browser = await launch();
  targets = await targetProgress(DAY);
});
afterAll(async () => {
  await browser?.close();
});

async function openReport(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto(`${APP_URL}/print?d=${DAY}`);
  await page.getByRole("heading", { name: "BÁO CÁO TIẾN ĐỘ GIẢI PHÓNG MẶT BẰNG" }).waitFor({ timeout: 60_000 });
  await page.locator(".print-map[data-ready='true']").waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    (n) => document.querySelectorAll(".print-chart .burnup-chart__plot[data-ready='true']").length === n,
    targets.length,
    { timeout: 60_000 },
  );
  // the lists are read too: nothing still loading is printed
  await page.waitForFunction(() => !document.querySelector(".print-doc .status-message"), undefined, { timeout: 90_000 });
  return page;
}

/** The MediaBox [x0 y0 x1 y1] of every page of a PDF (Chromium writes them uncompressed). */
function mediaBoxes(pdf: Buffer): number[][] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
}

describe("the printed report", () => {
  it("shows every part at A4 landscape size, in Times New Roman", async () => {
    const page = await openReport(A4_LANDSCAPE);
    const text = await page.locator(".print-doc").innerText();
    expect(text).toContain(`Số liệu đến hết ngày ${formatViDate(DAY)}`);
    await expect(page.getByRole("img", { name: /Bản đồ tỉnh Hưng Yên/ }).isVisible()).resolves.toBe(true);
    await expect(page.locator(".print-table--targets tbody tr").count()).resolves.toBe(targets.length);
    for (const t of targets) expect(text).toContain(t.name);
    await expect(page.getByRole("button", { name: "In / Lưu PDF" }).isVisible()).resolves.toBe(true);
    // printing opens once every figure and list is in
    await expect.poll(() => page.getByRole("button", { name: "In / Lưu PDF" }).isEnabled()).toBe(true);
    const font = await page.locator(".print-doc").evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font.startsWith('"Times New Roman"')).toBe(true);
    // on screen a sheet is the paper: 297 mm wide, nothing cut off at its sides
    const sheets = await page.locator(".print-sheet").evaluateAll((els) => els.map((el) => [el.scrollWidth, el.clientWidth]));
    for (const [scroll, client] of sheets) expect(scroll).toBeLessThanOrEqual(client!);
    await page.screenshot({ path: `${SHOTS}/print-a4.png`, fullPage: true });
    await page.context().close();
  });

  it("in print: no toolbar, nothing wider than the printable width, A4 landscape PDF pages", async () => {
    const page = await openReport({ width: PRINTABLE_WIDTH, height: A4_LANDSCAPE.height });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "In / Lưu PDF" }).isVisible()).resolves.toBe(false);
    const widths = await page.evaluate(() => ({
      document: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      sheets: [...document.querySelectorAll(".print-sheet")].map((el) => [el.scrollWidth, el.clientWidth, el.scrollHeight]),
    }));
    expect(widths.document[0]).toBeLessThanOrEqual(widths.document[1]!);
    for (const [scroll, client] of widths.sheets) expect(scroll).toBeLessThanOrEqual(client!);
    for (const [, , height] of widths.sheets.slice(0, 3)) expect(height).toBeLessThanOrEqual(PRINTABLE_HEIGHT);
    await page.screenshot({ path: `${SHOTS}/print-media.png`, fullPage: true });

    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
    writeFileSync(`${SHOTS}/../print-report.pdf`, pdf);
    const boxes = mediaBoxes(pdf);
    // one page per sheet at least (each sheet starts a page)
    expect(boxes.length).toBeGreaterThanOrEqual(widths.sheets.length);
    for (const [x0, y0, x1, y1] of boxes) {
      expect(Math.abs(x1! - x0! - A4_POINTS.width)).toBeLessThan(2);
      expect(Math.abs(y1! - y0! - A4_POINTS.height)).toBeLessThan(2);
    }
    await page.context().close();
  });
});
