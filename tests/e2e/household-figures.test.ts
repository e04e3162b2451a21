// The leaders' household units move by the right counts and sums as officers' work is recorded:
// three new households with a plan of 100, 200 and 300 million đồng and a grave site of five in a
// demo project; the plan approved (+3 approved, +600 million), one household paid (+1 paid, +100
// million), two graves moved (+2). The changes are written through the API in admin mode (the
// record_household_events RPC belongs to another branch); the expected figures are the API's
// household_progress before and after, and the screen must show them: the panel's "Hộ dân" tab
// and the province cards, the province summary's columns, and the meeting view's payment deadline
// list (the two unpaid households, 25 days after the approval, are near the 30-day limit).
// Screenshots at desktop and phone sizes.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { Browser, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { adminClient } from "./support/admin";

const LEADER = "lanhdao@gpmb.local";
const NBSP = "\u00a0";

let browser: Browser;
let leader: SupabaseClient;

/** A request without an apikey from loopback: the API in admin mode (service_role). */
async function service(path: string, method: string, body?: unknown): Promise<void> {
  const res = await fetch(`${APP_URL}/rest/v1/${path}`, {
    method, headers: { "content-type": "application/json", prefer: "return=minimal" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}

interface Figures {
  key: string;
  name: string;
  households: number;
  households_plan_approved: number;
  households_paid: number;
  households_handed_over: number;
  approved_vnd: number;
  paid_vnd: number;
  graves_total: number;
  graves_moved: number;
}

/** household_progress as the leader reads it, numbers as numbers. */
async function figures(groupBy: "project" | "province"): Promise<Figures[]> {
  const { data, error } = await leader.rpc("household_progress", { group_by: groupBy });
  if (error) throw new Error(error.message);
  return (data as Record<string, unknown>[]).map((r) => ({
    key: String(r.key), name: String(r.name),
    households: Number(r.households), households_plan_approved: Number(r.households_plan_approved),
    households_paid: Number(r.households_paid), households_handed_over: Number(r.households_handed_over),
    approved_vnd: Number(r.approved_vnd), paid_vnd: Number(r.paid_vnd),
    graves_total: Number(r.graves_total), graves_moved: Number(r.graves_moved),
  }));
}

const vnDay = (daysAgo: number) => new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
const count = (n: number) => n.toLocaleString("vi-VN");

/** A leader's amount as the app writes it (src/domain/household-figures.ts, formatVndShort). */
function short(amount: number): string {
  if (amount >= 1e9) return `${(amount / 1e9).toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} tỷ đồng`;
  if (amount >= 1e6) {
    const digits = amount < 1e7 ? 1 : 0;
    return `${(amount / 1e6).toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits })} triệu đồng`;
  }
  return `${count(amount)} đồng`;
}

const run = randomUUID().slice(0, 8);
const parties = [1, 2, 3].map((n) => ({ id: randomUUID(), name: `Hộ kiểm thử ${run} số ${n}`, amount: n * 100_000_000 }));
const planId = randomUUID();
const itemId = randomUUID();
let project: Figures;
let unitId: string;

beforeAll(async () => {
  [browser, leader] = await Promise.all([launch(), adminClient(LEADER)]);
  // the demo project with the most households: its row is surely listed
  project = (await figures("project")).sort((a, b) => b.households - a.households)[0]!;
  const { data } = await leader.from("parcels").select("admin_unit_id").eq("project_id", project.key).limit(1);
  unitId = String((data as { admin_unit_id: string }[])[0]!.admin_unit_id);
});

afterAll(async () => {
  await service(`project_item_progress?item_id=eq.${itemId}`, "DELETE").catch(() => undefined);
  await service(`project_items?id=eq.${itemId}`, "DELETE").catch(() => undefined);
  await service(`payments?plan_id=eq.${planId}`, "DELETE").catch(() => undefined);
  await service(`plan_lines?plan_id=eq.${planId}`, "DELETE").catch(() => undefined);
  await service(`compensation_plans?id=eq.${planId}`, "DELETE").catch(() => undefined);
  await service(`parties?id=in.(${parties.map((p) => p.id).join(",")})`, "DELETE").catch(() => undefined);
  await browser?.close();
});

/** The project's row of the panel's "Hộ dân" tab, cell texts after the name. */
async function tabRow(page: Page, name: string): Promise<string[]> {
  await page.goto(APP_URL);
  await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).first().waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Hộ dân", exact: true }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }) }).first();
  await row.waitFor({ timeout: 60_000 });
  return (await row.locator("td.num").allInnerTexts()).map((t) => t.replaceAll(NBSP, " ").trim());
}

function expected(f: Figures): string[] {
  return [count(f.households), count(f.households_plan_approved), count(f.households_paid), count(f.households_handed_over),
    short(f.approved_vnd), short(f.paid_vnd), `${count(f.graves_moved)} / ${count(f.graves_total)}`];
}

const mine = async (): Promise<Figures> => (await figures("project")).find((r) => r.key === project.key)!;

describe("the leader's household units", () => {
  it("move by the right counts and sums as a plan is approved, a household paid and graves moved", async () => {
    const before = project;
    await service("parties", "POST", parties.map((p) => ({ id: p.id, kind: "household", name: p.name, admin_unit_id: unitId })));
    await service("compensation_plans", "POST", { id: planId, project_id: project.key, batch: `Đợt kiểm thử ${run}` });
    await service("plan_lines", "POST", parties.map((p) => ({
      plan_id: planId, party_id: p.id, line_group: "land", content: "Bồi thường đất", amount_vnd: p.amount,
      basis_document: "QĐ kiểm thử", status: "provisional",
    })));
    await service("project_items", "POST", { id: itemId, project_id: project.key, admin_unit_id: unitId, kind: "grave",
      name: `Mộ kiểm thử ${run}`, unit: "count", total: 5 });

    const added = await mine();
    expect(added.households - before.households).toBe(3);
    expect(added.households_plan_approved - before.households_plan_approved).toBe(0);
    expect(added.approved_vnd - before.approved_vnd).toBe(0);
    expect(added.graves_total - before.graves_total).toBe(5);

    const page = await newPage(browser, DESKTOP);
    await page.goto(APP_URL);
    await signIn(page, LEADER);
    expect((await tabRow(page, project.name)).slice(0, 7)).toEqual(expected(added));

    // an officer approves the plan, 25 days ago
    await service(`compensation_plans?id=eq.${planId}`, "PATCH", { decision_no: `${run}/QĐ-UBND`, decision_date: vnDay(25) });
    const approved = await mine();
    expect(approved.households_plan_approved - added.households_plan_approved).toBe(3);
    expect(approved.approved_vnd - added.approved_vnd).toBe(600_000_000);
    expect(approved.households_paid - added.households_paid).toBe(0);

    // and records the first household's payment in full
    await service("payments", "POST", { plan_id: planId, party_id: parties[0]!.id, paid_on: vnDay(10), amount_vnd: 100_000_000, method: "bank_transfer" });
    const paid = await mine();
    expect(paid.households_paid - approved.households_paid).toBe(1);
    expect(paid.paid_vnd - approved.paid_vnd).toBe(100_000_000);

    // and two graves moved
    await service("project_item_progress", "POST", { item_id: itemId, as_of: vnDay(0), done: 2 });
    const moved = await mine();
    expect(moved.graves_moved - paid.graves_moved).toBe(2);
    expect(moved.graves_total).toBe(added.graves_total);

    const cells = await tabRow(page, project.name);
    expect(cells.slice(0, 7)).toEqual(expected(moved));
    await page.getByRole("tab", { name: "Hộ dân", exact: true }).scrollIntoViewIfNeeded();
    await shot(page, "household-figures-panel-desktop");

    // the province cards: the province's row of household_progress
    const province = (await figures("province"))[0]!;
    await expect.poll(async () => (await page.locator(".household-cards .stat-card").first().locator(".stat-card__value").innerText()).replaceAll(NBSP, " "))
      .toBe(count(province.households));
    expect((await page.locator(".household-cards .stat-card").nth(1).locator(".stat-card__value").innerText())).toBe(count(province.households_plan_approved));
    expect((await page.locator(".household-cards .stat-card").nth(4).locator(".stat-card__value").innerText()).replaceAll(NBSP, " ")).toBe(short(province.approved_vnd));
    await page.close();

    const phone = await newPage(browser, PHONE);
    await phone.goto(APP_URL);
    await signIn(phone, LEADER);
    await tabRow(phone, project.name);
    await phone.locator(".household-table").scrollIntoViewIfNeeded();
    await phone.screenshot({ path: "tests/artifacts/screenshots/household-figures-table-phone.png" });
    await phone.locator(".household-cards").scrollIntoViewIfNeeded();
    await phone.screenshot({ path: "tests/artifacts/screenshots/household-figures-cards-phone.png" });
    await shot(phone, "household-figures-panel-phone");
    await phone.close();
  });

  it("shows the province summary's household columns and the households near the payment limit", async () => {
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${APP_URL}/meeting/summary`);
    await signIn(page, LEADER);
    const summary = page.getByRole("region", { name: "Biểu tổng hợp tiến độ GPMB", exact: true });
    await summary.locator("tbody tr").first().waitFor({ timeout: 60_000 });
    const headers = (await summary.locator("thead th").allInnerTexts()).map((h) => h.replace(/[▲▼↕]/g, "").trim());
    const at = headers.indexOf("Số hộ bị ảnh hưởng");
    expect(at).toBeGreaterThan(0);
    const f = await mine();
    const row = summary.locator("tbody tr").filter({ hasText: project.name }).first();
    const cells = await row.locator("td, th").allInnerTexts();
    expect(cells[at]).toBe(count(f.households));
    expect(cells[headers.indexOf("Kinh phí đã duyệt (đồng)")]?.replaceAll(NBSP, " ")).toBe(count(f.approved_vnd));
    expect(cells[headers.indexOf("Mộ đã di chuyển")]).toBe(count(f.graves_moved));
    await shot(page, "household-figures-summary-desktop");

    await page.goto(`${APP_URL}/meeting/deadlines`);
    const list = page.getByRole("region", { name: "Hộ quá hạn hoặc sắp đến hạn chi trả", exact: true });
    await list.locator("tbody tr").first().waitFor({ timeout: 90_000 });
    await page.getByLabel("Dự án có hộ quá hạn hoặc sắp đến hạn").selectOption({ value: project.key });
    // the project's late households come first: show every row of it
    const more = page.locator(".meeting-household-deadlines").getByRole("button", { name: /^Hiện thêm/ });
    for (let i = 0; i < 40 && (await more.count()) > 0; i += 1) await more.click();
    for (const p of parties.slice(1)) {
      const r = list.locator("tbody tr").filter({ hasText: p.name });
      await expect.poll(() => r.count()).toBe(1);
      const text = await r.innerText();
      expect(text).toContain("Sắp đến hạn");
      expect(text.replaceAll(NBSP, " ")).toContain(count(p.amount));
    }
    expect(await list.locator("tbody tr").filter({ hasText: parties[0]!.name }).count()).toBe(0);
    await page.getByRole("heading", { name: "Chi trả cho từng hộ trong 30 ngày" }).scrollIntoViewIfNeeded();
    await shot(page, "household-figures-deadlines-desktop");
    await page.screenshot({ path: "tests/artifacts/screenshots/household-figures-deadlines-view-desktop.png" });
    await page.close();

    const phone = await newPage(browser, PHONE);
    await phone.goto(`${APP_URL}/meeting/deadlines`);
    await signIn(phone, LEADER);
    await phone.getByRole("region", { name: "Hộ quá hạn hoặc sắp đến hạn chi trả", exact: true }).locator("tbody tr").first().waitFor({ timeout: 90_000 });
    await shot(phone, "household-figures-deadlines-phone");
    const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width + 1);
    await phone.close();
  }, 240_000);
});
