// The audit pages in Chromium against the real backend: the Văn Giang officer's two changes (sent
// with a device id) read from the parcel panel's link and exported as CSV; the leader reads that
// officer's window, previews the revert (reason required) and confirms it, which puts the parcel
// back (so the shared demo data is as before, plus history); the day's summary per area.
// Screenshots at 1280 px and 360 px go to tests/artifacts/screenshots/audit-*.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../supabase/seed/demo-accounts";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { adminClient } from "./support/admin";
import { findParcel, parcelsById, type ApiParcel } from "./support/api";
import { openParcelAsOfficer } from "./support/officer-map";

const DEVICE = `e2e-${randomUUID().slice(0, 6)}`;
let browser: Browser;
let parcel: ApiParcel;
let from: Date;
let to: Date;

/** A moment as a datetime-local input takes it, in Vietnam time, to the minute. */
function vnInput(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

beforeAll(async () => {
  browser = await launch();
  parcel = await findParcel("admin_unit_id=eq.326&stage=eq.notice&blocked=eq.false");
  // the window starts and ends on whole minutes around the officer's changes (the page's inputs
  // take minutes): it starts at the next whole minute, after the changes other test files made as
  // the same officer, and the changes are recorded once that minute has begun
  from = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);
  await new Promise((resolve) => setTimeout(resolve, from.getTime() - Date.now() + 200));
  const officer = await adminClient(DEMO_ACCOUNTS.officerVanGiang.email);
  const first = { event_id: randomUUID(), parcel_id: parcel.id, expected_version: parcel.version, to_stage: "inventory", device_id: DEVICE };
  const second = { event_id: randomUUID(), parcel_id: parcel.id, expected_version: parcel.version + 1, note: "Kiểm đếm xong, chờ ký biên bản", device_id: DEVICE };
  const { data, error } = await officer.rpc("record_parcel_events", { events: [first, second] });
  expect(error).toBeNull();
  expect((data as { status: string }[]).map((a) => a.status)).toEqual(["applied", "applied"]);
  to = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000 + 60_000);
});

afterAll(async () => {
  await browser?.close();
});

async function openAsLeader(page: Page, path: string): Promise<void> {
  await page.goto(`${APP_URL}${path}`);
  await signIn(page, DEMO_ACCOUNTS.leader.email);
  await page.getByRole("heading", { name: "Nhật ký thay đổi", level: 1 }).waitFor();
}

describe("the audit pages", () => {
  it("show an officer the parcel's changes with their device, from the parcel panel, and export them", async () => {
    const page = await newPage(browser, DESKTOP);
    await openParcelAsOfficer(page, parcel);
    await page.getByRole("link", { name: "Xem nhật ký đầy đủ" }).click();
    await page.getByRole("heading", { name: "Nhật ký của thửa đất" }).waitFor();
    expect(new URL(page.url()).searchParams.get("parcel")).toBe(parcel.id);
    const list = page.getByRole("list", { name: "Các thay đổi, mới nhất trước" });
    await list.getByText(`Thiết bị: ${DEVICE}`).first().waitFor();
    expect(await list.getByRole("listitem").first().textContent()).toContain("Ghi chú: Kiểm đếm xong, chờ ký biên bản");
    await list.getByText("Đã thông báo thu hồi đất → Đã kiểm đếm").waitFor();
    expect(await page.locator(".app-nav").getByRole("link", { name: "Kiểm tra" }).getAttribute("aria-current")).toBe("page");
    await shot(page, "audit-parcel-desktop");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải CSV: nhật ký thửa đất" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-thua-dat.*\.csv$/);
    const file = join(mkdtempSync(join(tmpdir(), "gpmb-audit-")), "a.csv");
    await download.saveAs(file);
    const csv = readFileSync(file, "utf8");
    expect(csv.split("\r\n")[0]).toContain("Ghi nhận lúc,Thời điểm thực hiện,Người thực hiện,Thiết bị");
    expect(csv).toContain(`${DEMO_ACCOUNTS.officerVanGiang.email},${DEVICE}`);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(200);
    await shot(page, "audit-parcel-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("let a leader preview and confirm the revert of the officer's window, with a reason", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/audit/user");
    await page.getByLabel("Người dùng", { exact: true }).selectOption({ label: DEMO_ACCOUNTS.officerVanGiang.email });
    await page.getByLabel("Từ (giờ Việt Nam)").fill(vnInput(from));
    await page.getByLabel("Đến (giờ Việt Nam)").fill(vnInput(to));
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await page.getByText("2 thay đổi", { exact: true }).waitFor();

    // no reason: refused on the page
    await page.getByRole("button", { name: "Xem trước (chưa thay đổi gì)" }).click();
    await page.getByText("Cần nêu lý do hoàn tác.").waitFor();
    await page.getByLabel("Lý do hoàn tác (bắt buộc)").fill("Cán bộ nhập nhầm thửa khi kiểm thử");
    await page.getByRole("button", { name: "Xem trước (chưa thay đổi gì)" }).click();
    await page.getByRole("heading", { name: "Xem trước: chưa có gì thay đổi" }).waitFor();
    await page.getByText("Hoàn tác: 1 · Bỏ qua: 0 · Không cần đổi: 0").waitFor();
    expect((await parcelsById([parcel.id]))[0]?.stage).toBe("inventory");
    await shot(page, "audit-revert-preview-desktop");

    await page.getByRole("button", { name: "Xác nhận hoàn tác 1 thửa đất" }).click();
    await page.getByRole("heading", { name: "Đã hoàn tác" }).waitFor();
    const [after] = await parcelsById([parcel.id]);
    expect(after).toMatchObject({ stage: "notice", version: parcel.version + 3 });
    // the list refreshes: the officer's changes now say what reverted them
    await page.getByText("Đã bị hoàn tác bởi sự kiện").first().waitFor();
    await shot(page, "audit-revert-done-desktop");

    await page.setViewportSize(PHONE);
    await page.waitForTimeout(200);
    await shot(page, "audit-user-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // the parcel's audit now ends with the leader's compensating event and its reason
    await page.goto(`${APP_URL}/audit?parcel=${parcel.id}`);
    const first = page.getByRole("list", { name: "Các thay đổi, mới nhất trước" }).getByRole("listitem").first();
    await first.getByText("Lý do hoàn tác: Cán bộ nhập nhầm thửa khi kiểm thử").waitFor();
    expect(await first.textContent()).toContain(`Người thực hiện: ${DEMO_ACCOUNTS.leader.email}`);
    await page.context().close();
  });

  it("give a leader the day's changes per area", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page, "/audit/day");
    const table = page.getByRole("region", { name: /^Thay đổi trong ngày .* theo địa bàn$/ });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Văn Giang/ }) });
    await row.first().waitFor();
    const cells = await row.first().getByRole("cell").allTextContents();
    // events, parcels, advances, blockers set, cleared, reverts, users
    expect(Number(cells[0])).toBeGreaterThanOrEqual(3);
    expect(Number(cells[5])).toBeGreaterThanOrEqual(1);
    await shot(page, "audit-day-desktop");
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(200);
    await shot(page, "audit-day-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
