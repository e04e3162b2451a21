// Issue 17 in Chromium: the officer's outbox. Marks made with no connection are saved on the
// device, survive a reload and a closed tab, and are applied exactly once when the network is
// back, also when the server committed and the answer was lost (route.abort after the request
// reached it); two tabs share one sender; a conflict forced from a second context is re-applied,
// and another one dropped (kept in the export).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { APP_URL, PHONE, SHOTS, launch, newPage } from "./support/browser";
import { findParcels, parcelsById, type ApiParcel } from "./support/api";
import { openParcelAsOfficer, selectAtCentre } from "./support/officer-map";
import { centre } from "./support/api";
import { outboxPanel, sendNow } from "./support/outbox-panel";

const RPC = "**/rest/v1/rpc/record_parcel_events";
const NEXT: Record<string, string> = { notice: "inventory", inventory: "plan_approved", dialogue: "notice" };

let browser: Browser;
let candidates: ApiParcel[] = [];
beforeAll(async () => {
  browser = await launch();
  // parcels the other browser tests leave alone (they take the first of their filters)
  candidates = (await findParcels("admin_unit_id=eq.326&stage=eq.notice&blocked=eq.false")).slice(-6);
  if (candidates.length < 4) throw new Error("too few Văn Giang parcels at the notice stage");
});
afterAll(async () => {
  await browser?.close();
});


/** The screen with the outbox panel scrolled into view (the side panel scrolls on its own). */
async function shot(page: Page, name: string) {
  await outboxPanel(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function advance(page: Page) {
  await page.getByRole("button", { name: "Chuyển bước tiếp theo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
}

async function addNote(page: Page, note: string) {
  await page.getByRole("button", { name: "Ghi chú…" }).click();
  const dialog = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
  await dialog.getByLabel("Ghi chú").fill(note);
  await dialog.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("dialog", { name: "Xác nhận thay đổi" }).getByRole("button", { name: "Xác nhận" }).click();
}

/** Opens the app at the parcel in a page whose context is already signed in. */
async function openSignedIn(page: Page, parcel: ApiParcel) {
  const [lat, lng] = centre(parcel);
  await page.goto(`${APP_URL}/?v=${lat},${lng},19`);
  await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor({ timeout: 60_000 });
}

/** Counts this page's calls of record_parcel_events. */
function countCalls(page: Page): { n: number } {
  const calls = { n: 0 };
  page.on("request", (req) => {
    if (req.url().includes("/rest/v1/rpc/record_parcel_events")) calls.n++;
  });
  return calls;
}

async function version(id: string): Promise<ApiParcel> {
  const [row] = await parcelsById([id]);
  if (!row) throw new Error(`no parcel ${id}`);
  return row;
}

describe("the outbox", () => {
  it("keeps offline marks through a reload and a closed tab, and applies them once, also after a lost answer", async () => {
    const target = candidates[0]!;
    const before = await version(target.id);
    const page = await newPage(browser);
    const context = page.context();
    await openParcelAsOfficer(page, target, { panel: false });
    await selectAtCentre(page, target);

    await context.setOffline(true);
    await advance(page);
    await page.getByText(/^Đã lưu trên máy: 1 thửa.*Sẽ gửi khi có mạng\.$/).waitFor();
    await outboxPanel(page).getByText(/^1 thay đổi chờ gửi/).waitFor();
    await outboxPanel(page).getByText(/Đang mất kết nối/).waitFor();
    await shot(page, "outbox-offline-desktop");
    expect((await version(target.id)).version).toBe(before.version);

    // signing out would leave the change unsent: blocked, with the reason
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("alert").filter({ hasText: "Chưa thể đăng xuất" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/outbox-signout-blocked-desktop.png` });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/outbox-signout-blocked-phone.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole("alert").filter({ hasText: "Chưa thể đăng xuất" }).getByRole("button", { name: "Đóng" }).click();

    // the connection comes back for pages, not for the writes; reload, then close and reopen
    await context.route(RPC, (route: Route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await outboxPanel(page).getByText(/^1 thay đổi chờ gửi/).waitFor({ timeout: 60_000 });
    await page.close();
    const reopened = await context.newPage();
    await openSignedIn(reopened, target);
    await outboxPanel(reopened).getByText(/^1 thay đổi chờ gửi/).waitFor();
    await reopened.setViewportSize(PHONE);
    await shot(reopened, "outbox-pending-phone");
    await reopened.setViewportSize({ width: 1280, height: 800 });
    expect((await version(target.id)).version).toBe(before.version);

    // the server records the event, and the answer never arrives
    await context.unroute(RPC);
    let reached = 0;
    await context.route(RPC, async (route: Route) => {
      await route.fetch();
      reached++;
      await route.abort("connectionreset");
    });
    await sendNow(reopened);
    await expect.poll(() => reached, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await version(target.id)).toMatchObject({ version: before.version + 1, stage: NEXT[before.stage] });
    await outboxPanel(reopened).getByText(/^1 thay đổi chờ gửi/).waitFor();

    await context.unroute(RPC);
    await sendNow(reopened);
    await outboxPanel(reopened).getByText("Đã gửi hết mọi thay đổi.").waitFor({ timeout: 20_000 });
    // applied once: the retry was answered duplicate
    expect(await version(target.id)).toMatchObject({ version: before.version + 1, stage: NEXT[before.stage] });
    await shot(reopened, "outbox-all-sent-desktop");
    await context.close();
  });

  it("sends from one tab only, and both tabs show the same counts", async () => {
    const target = candidates[1]!;
    const before = await version(target.id);
    const first = await newPage(browser);
    const context: BrowserContext = first.context();
    const firstCalls = countCalls(first);
    const sent: { event_id: string; device_id?: string; reverts_event_id?: string; note?: string }[] = [];
    first.on("request", (req) => {
      if (req.url().includes("/rest/v1/rpc/record_parcel_events")) sent.push(...(req.postDataJSON() as { events: typeof sent }).events);
    });
    await openParcelAsOfficer(first, target, { panel: false });
    const second = await context.newPage();
    const secondCalls = countCalls(second);
    await openSignedIn(second, target);
    await selectAtCentre(second, target);
    await addNote(second, "Ghi chú từ thẻ thứ hai");
    await second.getByText(/^Đã cập nhật /).waitFor({ timeout: 30_000 });
    expect(secondCalls.n).toBe(0);
    expect(firstCalls.n).toBeGreaterThan(0);
    for (const page of [first, second]) await outboxPanel(page).getByText("Đã gửi hết mọi thay đổi.").waitFor();
    expect((await version(target.id)).version).toBe(before.version + 1);

    // the last change undone later, from the other tab's panel: a compensating event linked to it
    await second.getByRole("button", { name: "Đóng" }).first().click().catch(() => undefined);
    await outboxPanel(first).getByRole("button", { name: "Đảo ngược thay đổi gần nhất" }).click();
    await outboxPanel(first).getByText("Đã lưu lệnh đảo ngược trên máy.").waitFor();
    await expect.poll(async () => (await version(target.id)).version, { timeout: 20_000 }).toBe(before.version + 2);
    expect(sent).toHaveLength(2);
    const [note, undo] = sent as [typeof sent[0], typeof sent[0]];
    expect(note).toMatchObject({ note: "Ghi chú từ thẻ thứ hai", device_id: expect.any(String) as string });
    expect(undo).toMatchObject({ note: "Hoàn tác: Ghi chú từ thẻ thứ hai", device_id: note.device_id, reverts_event_id: note.event_id });
    await outboxPanel(first).getByRole("button", { name: "Đảo ngược thay đổi gần nhất" }).waitFor({ state: "detached" });
    await context.close();
  });

  it("shows a conflict from another context with who changed the parcel; re-applied once, dropped the next time", async () => {
    const target = candidates[2]!;
    const start = await version(target.id);
    const officer = await newPage(browser);
    const other = await newPage(browser);
    await openParcelAsOfficer(officer, target, { panel: false });
    await selectAtCentre(officer, target);
    await openParcelAsOfficer(other, target, { panel: false });
    await selectAtCentre(other, target);

    // 1: the officer's note waits; someone else changes the parcel first; re-applied on top
    await officer.context().route(RPC, (route: Route) => route.abort("internetdisconnected"));
    await addNote(officer, "Ý kiến của hộ dân");
    await officer.getByText(/^Đã lưu trên máy: 1 thửa/).waitFor();
    await addNote(other, "Thay đổi từ máy khác");
    await other.getByText(/^Đã cập nhật /).waitFor({ timeout: 30_000 });
    await officer.context().unroute(RPC);
    await sendNow(officer);
    const problem = outboxPanel(officer).getByRole("listitem").filter({ hasText: "Xung đột" });
    await problem.waitFor({ timeout: 20_000 });
    await problem.getByText("Thay đổi của bạn: ghi chú “Ý kiến của hộ dân”").waitFor();
    await problem.getByText(/^Người thay đổi gần nhất: canbo\.vangiang@gpmb\.local, lúc /).waitFor();
    await shot(officer, "outbox-conflict-desktop");
    await problem.getByRole("button", { name: "Áp dụng lại trên trạng thái hiện tại" }).click();
    await outboxPanel(officer).getByText("Đã gửi hết mọi thay đổi.").waitFor({ timeout: 20_000 });
    expect((await version(target.id)).version).toBe(start.version + 2);

    // 2: the officer's advance waits, the other changes first, the officer drops it
    await officer.context().route(RPC, (route: Route) => route.abort("internetdisconnected"));
    await advance(officer);
    await officer.getByText(/^Đã lưu trên máy: 1 thửa/).waitFor();
    // the other device opens the parcel afresh, so its map has the re-applied version (its change
    // feed polls every few seconds: a note made before that would be a conflict of its own)
    const reloaded = other.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
    await openSignedIn(other, target);
    await reloaded;
    await selectAtCentre(other, target);
    await addNote(other, "Lại thay đổi từ máy khác");
    await other.getByText(/^Đã cập nhật /).waitFor({ timeout: 30_000 });
    await officer.context().unroute(RPC);
    await sendNow(officer);
    const second = outboxPanel(officer).getByRole("listitem").filter({ hasText: "Xung đột" });
    await second.waitFor({ timeout: 20_000 });
    await officer.setViewportSize(PHONE);
    await shot(officer, "outbox-conflict-phone");
    await officer.setViewportSize({ width: 1280, height: 800 });

    // the export holds the parked change
    const download = officer.waitForEvent("download");
    await outboxPanel(officer).getByRole("button", { name: "Xuất thay đổi chưa gửi" }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as { format: string; payload: string; signature: string | null };
    expect(file.format).toBe("gpmb-outbox/2");
    expect(file.signature).toMatch(/^[0-9a-f]{64}$/);
    const payload = JSON.parse(file.payload) as { events: { state: string; event: { parcel_id: string; to_stage?: string } }[] };
    expect(payload.events).toContainEqual(expect.objectContaining({ state: "conflict", event: expect.objectContaining({ parcel_id: target.id }) }));

    await second.getByRole("button", { name: "Bỏ thay đổi này" }).click();
    await second.waitFor({ state: "detached" });
    await outboxPanel(officer).getByText("Đã gửi hết mọi thay đổi.").waitFor();
    expect(await version(target.id)).toMatchObject({ version: start.version + 3, stage: start.stage });
    await officer.context().close();
    await other.context().close();
  });

  it("keeps a document picked offline in the confirmation and sends it after its event", async () => {
    const target = candidates[3]!;
    const before = await version(target.id);
    const page = await newPage(browser);
    await openParcelAsOfficer(page, target);
    await selectAtCentre(page, target);
    await page.context().setOffline(true);
    await page.getByRole("button", { name: "Ghi chú…" }).click();
    const form = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
    await form.getByLabel("Ghi chú").fill("Đã niêm yết thông báo");
    await form.getByRole("button", { name: "Tiếp tục" }).click();
    const confirm = page.getByRole("dialog", { name: "Xác nhận thay đổi" });
    await page.getByTestId("attachment-files").setInputFiles([
      { name: "Thông báo niêm yết.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% demo\n%%EOF\n") },
    ]);
    await confirm.getByText("Đã chọn 1 tệp").waitFor();
    await confirm.screenshot({ path: `${SHOTS}/outbox-confirm-with-file-desktop.png` });
    await confirm.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã lưu trên máy: 1 thửa.*Sẽ gửi khi có mạng\.$/).waitFor();
    await outboxPanel(page).getByText("1 tệp ảnh, tài liệu chờ gửi.").waitFor();

    await page.context().setOffline(false);
    await sendNow(page);
    await outboxPanel(page).getByText("Đã gửi hết mọi thay đổi.").waitFor({ timeout: 30_000 });
    expect((await version(target.id)).version).toBe(before.version + 1);
    await page.reload();
    await page.getByRole("region", { name: "Ảnh và tài liệu" }).getByText("Thông báo niêm yết.pdf").waitFor({ timeout: 30_000 });
    await page.context().close();
  });
});
