// The meeting view's tables: the province summary's Excel file, downloaded as a leader would and
// opened with read-excel-file, carries the totals the screen shows (and project_report's); the
// "5 rõ" table sorts by a header, filters by words and "only late", and its rows open the map at
// the project; the day of the address (?d=) reaches the tabs and the print link. Screenshots of
// every section at desktop and phone sizes; on a phone the tables scroll inside their box, never
// the page.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { readSheet } from "read-excel-file/node";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { vi } from "./support/targets";

const LEADER = "lanhdao@gpmb.local";
const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";
const SECTIONS = ["accountability", "blockers", "deadlines", "areas", "summary"] as const;
const NBSP = "\u00a0";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface ApiReportRow {
  id: string;
  retired_at: string | null;
  parcels: number | string;
  area_to_clear_m2: number | string;
  cleared_area_m2: number | string;
  cleared_parcels: number | string;
}

/** project_report for today, as the public reads it. */
async function projectReport(): Promise<ApiReportRow[]> {
  const res = await fetch(`${APP_URL}/rest/v1/rpc/project_report`, {
    method: "POST", headers: { apikey: KEY, "content-type": "application/json" }, body: "{}",
  });
  if (!res.ok) throw new Error(`project_report: ${res.status} ${await res.text()}`);
  return (await res.json()) as ApiReportRow[];
}

async function openAsLeader(page: Page, path: string): Promise<void> {
  await page.goto(`${APP_URL}${path}`);
  await signIn(page, LEADER);
  await page.getByRole("heading", { name: "Giao ban tiến độ giải phóng mặt bằng", level: 1 }).waitFor({ timeout: 60_000 });
}

/** The table named `caption`, once its rows are in. */
async function table(page: Page, caption: string): Promise<Locator> {
  const region = page.getByRole("region", { name: caption, exact: true });
  await region.locator("tbody tr").first().waitFor({ timeout: 60_000 });
  return region.locator("table");
}

/** The header texts of a table, without the sort arrows. */
async function headers(t: Locator): Promise<string[]> {
  return (await t.locator("thead th").allInnerTexts()).map((h) => h.replace(/[▲▼↕]/g, "").trim());
}

/** A vi-VN number as the screen writes it, read back ("1.234,56 ha" → 1234.56). */
function viNumber(text: string): number {
  return Number(text.replace(/[^\d,-]/g, "").replace(",", "."));
}

describe("the province summary's Excel file", () => {
  it("carries the totals the screen shows, and project_report's", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/meeting/summary");
    const summary = await table(page, "Biểu tổng hợp tiến độ GPMB");
    const names = await headers(summary);
    const screenTotals = await summary.locator("tfoot td").allInnerTexts();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải Excel: Biểu tổng hợp tiến độ GPMB" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bieu-tong-hop-tien-do-gpmb_hien-tai.xlsx");
    const file = join(mkdtempSync(join(tmpdir(), "gpmb-xlsx-")), download.suggestedFilename());
    await download.saveAs(file);
    const rows = await readSheet(file);
    expect(rows[0]).toEqual(names);
    const totals = rows[rows.length - 1]!;
    expect(totals[0]).toBe("Tổng cộng");

    const at = (header: string) => names.indexOf(header);
    for (const header of ["Diện tích phải GPMB (ha)", "Đã bàn giao (ha)", "Còn phải GPMB (ha)"]) {
      const value = totals[at(header)];
      expect(typeof value, header).toBe("number");
      expect(screenTotals[at(header)], header).toBe(`${vi(value as number, 2)}${NBSP}ha`);
    }
    for (const header of ["Tổng số thửa", "Thửa vướng mắc"]) {
      expect(screenTotals[at(header)], header).toBe(vi(totals[at(header)] as number, 0));
    }
    const share = totals[at("Đã bàn giao (%)")] as number;
    expect(screenTotals[at("Đã bàn giao (%)")]).toBe(`${vi(share * 100, 1)}${NBSP}%`);

    // the same figures as the database's, for the followed projects
    const followed = (await projectReport()).filter((r) => r.retired_at === null);
    expect(rows.length - 2).toBe(followed.length);
    expect(totals[at("Tổng số thửa")]).toBe(followed.reduce((s, r) => s + Number(r.parcels), 0));
    const cleared = followed.reduce((s, r) => s + Number(r.cleared_area_m2), 0) / 10_000;
    expect(totals[at("Đã bàn giao (ha)")] as number).toBeCloseTo(cleared, 3);
    // a date column holds dates
    const due = rows.slice(1, -1).map((r) => r[at("Hạn hoàn thành")]).find((v) => v !== null && v !== undefined);
    if (due !== undefined) expect(due).toBeInstanceOf(Date);
    await page.context().close();
  }, 180_000);
});

describe("the parcels' GeoJSON", () => {
  it("is public for everyone, and full with private fields only for the roles that may see them", async () => {
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${APP_URL}/meeting/summary`);
    await table(page, "Biểu tổng hợp tiến độ GPMB");
    await expect.poll(() => page.getByLabel("Dự án", { exact: true }).locator("option").count()).toBeGreaterThan(1);
    expect(await page.getByLabel("Kèm thông tin riêng tư (người sử dụng đất, tiền bồi thường)").count()).toBe(0);
    const save = async (): Promise<{ features: { properties: Record<string, unknown> }[] }> => {
      await page.getByLabel("Dự án", { exact: true }).selectOption({ index: 1 });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải GeoJSON" }).click()]);
      const file = join(mkdtempSync(join(tmpdir(), "gpmb-geojson-")), download.suggestedFilename());
      await download.saveAs(file);
      return JSON.parse(readFileSync(file, "utf8")) as { features: { properties: Record<string, unknown> }[] };
    };
    const open = await save();
    expect(open.features.length).toBeGreaterThan(0);
    expect(Object.keys(open.features[0]!.properties)).not.toContain("owner_name");

    await signIn(page, LEADER);
    await page.getByLabel("Kèm thông tin riêng tư (người sử dụng đất, tiền bồi thường)").check();
    const full = await save();
    expect(full.features.length).toBe(open.features.length);
    expect(Object.keys(full.features[0]!.properties)).toContain("owner_name");
    await page.context().close();
  }, 180_000);
});

describe("the 5 rõ table", () => {
  it("sorts by a header, filters, and opens the map at a row's project", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/meeting/accountability");
    const t = await table(page, "Bảng 5 rõ theo dự án");
    const names = await headers(t);
    const open = names.indexOf("Số thửa chưa bàn giao");
    const column = () => t.locator(`tbody tr > :nth-child(${open + 1})`).allInnerTexts();

    const header = t.locator("thead th").nth(open);
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    const up = (await column()).map(viNumber);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    const down = (await column()).map(viNumber);
    expect(down).toEqual([...down].sort((a, b) => b - a));

    // words of the first project's name, typed without diacritics, find it
    const first = (await t.locator("tbody tr > :first-child").first().innerText()).trim();
    const all = await t.locator("tbody tr").count();
    const words = first.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d");
    await page.getByLabel("Tìm", { exact: true }).fill(words);
    await expect.poll(() => t.locator("tbody tr > :first-child").allInnerTexts()).toContain(first);
    expect(await t.locator("tbody tr").count()).toBeLessThanOrEqual(all);
    await page.getByLabel("Tìm", { exact: true }).fill("");

    await page.getByLabel("Chỉ dự án quá hạn").check();
    const late = names.indexOf("Quá hạn (ngày)");
    const lateDays = await t.locator(`tbody tr > :nth-child(${late + 1})`).allInnerTexts();
    if (lateDays.length > 0 && lateDays[0] !== "Không có dòng nào.") for (const d of lateDays) expect(viNumber(d)).toBeGreaterThan(0);
    await page.getByLabel("Chỉ dự án quá hạn").uncheck();

    await page.getByRole("button", { name: "Theo đơn vị" }).click();
    await table(page, "Bảng 5 rõ theo đơn vị chịu trách nhiệm");
    await page.getByRole("button", { name: "Theo dự án" }).click();

    const link = (await table(page, "Bảng 5 rõ theo dự án")).locator("tbody tr").first().getByRole("link");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/\?b=[\d.,-]+&f=p:/);
    await link.click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(new URL(page.url()).search).toContain("f=p");
    await page.context().close();
  }, 180_000);

  it("lists a chosen project's parcels not handed over, the longest wait first", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/meeting/accountability");
    await table(page, "Bảng 5 rõ theo dự án");
    const choice = page.getByLabel("Dự án", { exact: true });
    const option = choice.locator("option").nth(1);
    const projectId = (await option.getAttribute("value"))!;
    const name = (await option.innerText()).trim();
    await choice.selectOption(projectId);
    const t = await table(page, `Thửa chưa bàn giao: ${name}`);
    const api = (await projectReport()).find((r) => r.id === projectId)!;
    const open = Number(api.parcels) - Number(api.cleared_parcels);
    const section = page.getByRole("region", { name: "Từng thửa chưa bàn giao của một dự án", exact: true });
    await expect.poll(() => section.getByRole("status").first().innerText()).toBe(`${open.toLocaleString("vi-VN")} dòng`);
    const names = await headers(t);
    const days = (await t.locator(`tbody tr > :nth-child(${names.indexOf("Số ngày ở bước") + 1})`).allInnerTexts())
      .filter((d) => /\d/.test(d)).map(viNumber);
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    await page.context().close();
  }, 120_000);

  it("keeps the address's day in the tabs and the print link", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/meeting/accountability?d=2024-12-31");
    await page.getByText("Số liệu đến hết ngày 31/12/2024.").waitFor();
    expect(await page.getByRole("link", { name: "Bản in (A4)" }).getAttribute("href")).toBe("/print?d=2024-12-31");
    expect(await page.getByRole("link", { name: "Biểu tổng hợp" }).getAttribute("href")).toBe("/meeting/summary?d=2024-12-31");
    await page.getByLabel("Số liệu đến ngày").fill("2099-01-01");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "Chưa có số liệu của ngày sau hôm nay" }).waitFor();
    await page.context().close();
  }, 120_000);
});

describe("screenshots", () => {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    it(`shows every section at ${size} size without the page scrolling sideways`, async () => {
      const page = await newPage(browser, viewport);
      await openAsLeader(page, "/meeting/accountability");
      for (const section of SECTIONS) {
        await page.goto(`${APP_URL}/meeting/${section}`);
        await page.locator(".meeting-section .meeting-table-wrap, .meeting-section [role=alert]").first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState("networkidle");
        await shot(page, `meeting-${section}-${size}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, section).toBeLessThanOrEqual(viewport.width);
      }
      await page.context().close();
    }, 240_000);
  }
});
