// Issue 17's last resort in Chromium: the Văn Giang officer's changes made offline are exported
// (signed: the device fetched its key while online), an admin imports the file on Quản trị →
// Nhập thay đổi: the preview changes nothing, the import applies the changes as the officer, a
// second press of "Nhập" is answered with the stored outcome, and a file edited after export is
// refused for its signature. Screenshots at 1280 px and 360 px: tests/artifacts/screenshots and
// /tmp/shots/outbox-import-*.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../supabase/seed/demo-accounts";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage, signIn } from "./support/browser";
import { findParcels, parcelsById, type ApiParcel } from "./support/api";
import { openParcelAsOfficer, selectAtCentre } from "./support/officer-map";

const OUT = "/tmp/shots";
mkdirSync(OUT, { recursive: true });
const NOTE = "Hộ dân đã ký biên bản kiểm đếm";

let browser: Browser;
let parcel: ApiParcel;
beforeAll(async () => {
  browser = await launch();
  // a parcel from the middle of the list: the other browser tests take the first or the last
  // ones of their filters, and this one must be as the seed left it when the file is exported
  const rows = await findParcels("admin_unit_id=eq.326&stage=eq.inventory&blocked=eq.false");
  if (rows.length < 3) throw new Error("too few Văn Giang parcels at the inventory stage");
  parcel = rows[Math.floor(rows.length / 2)]!;
});
afterAll(async () => {
  await browser?.close();
});

async function current(): Promise<ApiParcel> {
  const [row] = await parcelsById([parcel.id]);
  if (!row) throw new Error(`no parcel ${parcel.id}`);
  return row;
}

/** A full-page screenshot at desktop and phone width, in the test artifacts and in /tmp/shots. */
async function shots(page: Page, name: string) {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    const path = `${SHOTS}/${name}-${size}.png`;
    await page.screenshot({ path, fullPage: true });
    copyFileSync(path, `${OUT}/${name}-${size}.png`);
    // nothing may push the page wider than the phone: wide tables scroll or stack inside their box
    if (size === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }
  await page.setViewportSize(DESKTOP);
}

/** The officer's export of two offline changes on the parcel (a step, then a note), never sent. */
async function exportOfflineChanges(): Promise<string> {
  const page = await newPage(browser);
  try {
    await openParcelAsOfficer(page, parcel, { panel: false });
    // the signing key arrives after sign-in while online
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("gpmb.deviceKey.")), null, { timeout: 30_000 });
    await selectAtCentre(page, parcel);
    await page.context().setOffline(true);
    await page.getByRole("button", { name: "Chuyển bước tiếp theo" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã lưu trên máy: 1 thửa.*Sẽ gửi khi có mạng\.$/).waitFor();
    await page.getByRole("button", { name: "Ghi chú…" }).click();
    const form = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
    await form.getByLabel("Ghi chú").fill(NOTE);
    await form.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("dialog", { name: "Xác nhận thay đổi" }).getByRole("button", { name: "Xác nhận" }).click();
    const panel = page.getByRole("region", { name: "Thay đổi trên máy này" });
    await panel.getByText(/^2 thay đổi chờ gửi/).waitFor();
    const download = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Xuất thay đổi chưa gửi" }).click();
    const text = readFileSync((await (await download).path())!, "utf8");
    await panel.getByText("Đã xuất 2 thay đổi ra tệp.").waitFor();
    expect(await panel.getByText(/quản trị viên không nhập được/).count()).toBe(0);
    return text;
  } finally {
    // closed while still offline: the changes reach the server only through the import
    await page.context().close();
  }
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel("Tệp xuất thay đổi chưa gửi (.json)").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("heading", { name: "Nội dung tệp" }).waitFor();
}

describe("importing an officer's unsent changes", () => {
  it("previews without change, imports once as the officer, and refuses a file edited after export", async () => {
    const before = await current();
    const text = await exportOfflineChanges();
    const file = JSON.parse(text) as { format: string; payload: string; signature: string | null };
    expect(file.format).toBe("gpmb-outbox/2");
    expect(file.signature).toMatch(/^[0-9a-f]{64}$/);
    const payload = JSON.parse(file.payload) as { events: { state: string; event: { parcel_id: string } }[] };
    expect(payload.events.map((e) => [e.state, e.event.parcel_id])).toEqual([["pending", parcel.id], ["pending", parcel.id]]);
    expect((await current()).version).toBe(before.version);

    const page = await newPage(browser);
    await page.goto(`${APP_URL}/admin/outbox`);
    await signIn(page, DEMO_ACCOUNTS.admin.email);
    await page.getByRole("heading", { name: "Nhập thay đổi chưa gửi của cán bộ" }).waitFor();
    expect(await page.getByRole("link", { name: "Nhập thay đổi" }).getAttribute("aria-current")).toBe("page");
    await chooseFile(page, "gpmb-thay-doi-chua-gui.json", text);
    await page.getByText("Chờ gửi: 2").waitFor();
    await page.getByText("Tệp không có ảnh, tài liệu.").waitFor();

    // the reason is required
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.getByText("Cần nêu lý do nhập tệp (ví dụ: điện thoại hỏng, không gửi được).").waitFor();
    await page.getByLabel("Lý do nhập").fill("Điện thoại của cán bộ hỏng, không gửi được");

    // the dry run: both would apply, nothing changes
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.getByRole("heading", { name: "Xem trước: chưa ghi gì" }).waitFor();
    const results = page.getByRole("table", { name: "Kết quả từng thay đổi" });
    await expect.poll(() => results.getByText("Sẽ ghi", { exact: true }).count()).toBe(2);
    await page.getByText("Sẽ ghi: 2", { exact: true }).waitFor();
    await results.getByText("chuyển sang bước “Đã phê duyệt phương án BT, HT, TĐC”").waitFor();
    await results.getByText(`ghi chú “${NOTE}”`).waitFor();
    await page.getByText("Cán bộ", { exact: true }).first().waitFor();
    await page.getByText(DEMO_ACCOUNTS.officerVanGiang.email).first().waitFor();
    expect((await current()).version).toBe(before.version);
    await shots(page, "outbox-import-preview");

    // the import: the parcel moves on and has the note, as the officer
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    await page.getByRole("heading", { name: "Đã nhập" }).waitFor();
    await expect.poll(() => results.getByText("Đã ghi", { exact: true }).count()).toBe(2);
    const after = await current();
    expect(after).toMatchObject({ version: before.version + 2, stage: "plan_approved" });
    const past = page.getByRole("table", { name: "Các lần nhập tệp thay đổi, mới nhất trước" });
    await past.getByRole("row").filter({ hasText: "Điện thoại của cán bộ hỏng, không gửi được" }).first().waitFor();
    await past.getByText(DEMO_ACCOUNTS.admin.email).first().waitFor();
    await shots(page, "outbox-import-done");

    // pressed again with the same page: the stored outcome, nothing applied twice
    await page.getByRole("button", { name: "Nhập", exact: true }).click();
    await page.getByText("Tệp này đã được nhập trong lần này: đây là kết quả đã ghi, không ghi thêm gì.").waitFor();
    expect((await current()).version).toBe(after.version);

    // a byte of the signed payload changed: refused whole for its signature
    const tampered = JSON.stringify({ ...file, payload: file.payload.replace(NOTE, `${NOTE}!`) });
    await chooseFile(page, "sua.json", tampered);
    await page.getByLabel("Lý do nhập").fill("Thử tệp đã sửa");
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.getByRole("alert").filter({ hasText: "Chữ ký của tệp không khớp" }).waitFor();
    expect((await current()).version).toBe(after.version);

    // an old unsigned /1 file is named as such before anything is sent
    await page.getByLabel("Tệp xuất thay đổi chưa gửi (.json)").setInputFiles({
      name: "cu.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "gpmb-outbox/1", events: [] })),
    });
    await page.getByRole("alert").filter({ hasText: "định dạng cũ (gpmb-outbox/1)" }).waitFor();
    await page.context().close();
  });

  it("shows a leader the past imports, read-only", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/admin/outbox`);
    await signIn(page, DEMO_ACCOUNTS.leader.email);
    await page.getByText("Lãnh đạo xem được các lần nhập; chỉ quản trị viên được nhập tệp.").waitFor();
    await page.getByRole("table", { name: "Các lần nhập tệp thay đổi, mới nhất trước" }).waitFor();
    expect(await page.getByLabel("Tệp xuất thay đổi chưa gửi (.json)").count()).toBe(0);
    await page.context().close();
  });
});
