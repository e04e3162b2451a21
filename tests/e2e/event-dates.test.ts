// Issue 12, item 9 in Chromium: the officer's dialog dates the act ("Ngày thực hiện"), today by
// default; a future day is refused before anything is sent; a past day is sent as that day's
// last second in Hưng Yên, and the parcel's history then shows the day with the "ghi nhận"
// time beside it. Runs against the demo data, whose events are in 2023–2024, so a day a few
// days ago is later than every parcel's latest event.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Locator, Page, Request } from "playwright-core";
import { APP_URL, PHONE, SHOTS, launch, newPage, shot } from "./support/browser";
import { centre, findParcels, parcelsById, type ApiParcel } from "./support/api";
import { openParcelAsOfficer, selectAtCentre } from "./support/officer-map";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The day `offset` days from today in Hưng Yên: ISO "YYYY-MM-DD" and as the UI writes it. */
function day(offset: number): { iso: string; vi: string } {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" })
    .format(new Date(Date.now() + offset * 86_400_000));
  const [y, m, d] = iso.split("-");
  return { iso, vi: `${d}/${m}/${y}` };
}

/** The newest occurred_at of a parcel's events, read as the public reads the history. */
async function latestEventAt(parcelId: string): Promise<Date | null> {
  const res = await fetch(`${APP_URL}/rest/v1/rpc/parcel_history`, {
    method: "POST",
    headers: { apikey: process.env.GPMB_PUBLISHABLE_KEY ?? "", "content-type": "application/json" },
    body: JSON.stringify({ p_parcel_id: parcelId }),
  });
  if (!res.ok) throw new Error(`parcel_history: ${res.status} ${await res.text()}`);
  const rows = (await res.json()) as { occurred_at: string }[];
  // Postgres text form from the local backend: "2024-04-27 10:00:00.123+00"
  const parse = (text: string) => new Date(text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00"));
  const times = rows.map((r) => parse(r.occurred_at).getTime());
  if (times.some(Number.isNaN)) throw new Error(`unreadable occurred_at in ${JSON.stringify(rows)}`);
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * A parcel matching the filter whose every event is earlier than `day` (other journeys in the
 * same run may have changed parcels today: a day before that is refused by the server).
 */
async function parcelFreeBefore(filter: string, day: string): Promise<ApiParcel> {
  for (const parcel of await findParcels(filter)) {
    const latest = await latestEventAt(parcel.id);
    if (!latest || latest < new Date(`${day}T00:00:00+07:00`)) return parcel;
  }
  throw new Error(`no parcel for ${filter} without events since ${day}`);
}

/** A screenshot of what the screen shows (a dialog is over the viewport, not the whole page). */
async function screen(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The events of the record_parcel_events calls the page sends from now on. */
function sentEvents(page: Page): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  page.on("request", (req: Request) => {
    if (!req.url().includes("/rpc/record_parcel_events")) return;
    const body = req.postDataJSON() as { events: Record<string, unknown>[] };
    events.push(...body.events);
  });
  return events;
}

/** The dialog is no wider than the screen, nor is the page. */
async function expectNoOverflow(page: Page, dialog: Locator) {
  const width = page.viewportSize()!.width;
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe("the day of the act", () => {
  it("a stage set on a past day is recorded on that day, and the history shows it with the day it was recorded", async () => {
    const past = day(-3);
    const target = await parcelFreeBefore("admin_unit_id=eq.326&stage=eq.plan_approved&blocked=eq.false", past.iso);
    const page = await newPage(browser);
    const events = sentEvents(page);
    await openParcelAsOfficer(page, target);
    await selectAtCentre(page, target);

    await page.getByRole("button", { name: "Đặt bước…" }).click();
    const dialog = page.getByRole("dialog", { name: "Đặt bước cho thửa đã chọn" });
    const date = dialog.getByLabel("Ngày thực hiện");
    await expect(date.inputValue()).resolves.toBe(day(0).iso);
    await dialog.getByLabel("Bước mới").selectOption("recovery_decided");
    await screen(page, "event-dates-form-desktop");

    // tomorrow: refused beside the field, nothing sent, the form stays
    await date.fill(day(1).iso);
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByText("Ngày thực hiện không được sau hôm nay.").waitFor();
    await expect(date.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(date.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await screen(page, "event-dates-future-refused-desktop");
    // emptied: asked for
    await date.fill("");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByText("Hãy chọn ngày thực hiện.").waitFor();

    await date.fill(past.iso);
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    const confirm = page.getByRole("dialog", { name: "Xác nhận thay đổi" });
    await confirm.getByText(`Ngày thực hiện: ${past.vi}`, { exact: true }).waitFor();
    await screen(page, "event-dates-confirm-desktop");
    // back to the form: the draft keeps the day
    await confirm.getByRole("button", { name: "Quay lại" }).click();
    await expect(dialog.getByLabel("Ngày thực hiện").inputValue()).resolves.toBe(past.iso);
    await expect(dialog.getByLabel("Bước mới").inputValue()).resolves.toBe("recovery_decided");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    expect(events).toEqual([]); // nothing was sent before "Xác nhận"
    await confirm.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã cập nhật /).waitFor();

    expect(events).toEqual([expect.objectContaining({
      parcel_id: target.id, to_stage: "recovery_decided", occurred_at: `${past.iso}T23:59:59+07:00`,
    })]);
    const [after] = await parcelsById([target.id]);
    expect(after).toMatchObject({ stage: "recovery_decided", version: target.version + 1 });

    // the history's newest entry: the act's day, and when it was recorded (today)
    const newest = page.locator(".parcel-history__item").first();
    await newest.getByText(new RegExp(`^Ngày thực hiện ${past.vi} · ghi nhận ${day(0).vi} \\d{2}:\\d{2}$`)).waitFor();
    await expect(newest.textContent()).resolves.toContain("Đã có quyết định thu hồi đất");
    await newest.scrollIntoViewIfNeeded();
    await shot(page, "event-dates-history-desktop");
    await page.context().close();
  });

  it("at 360 px, 'Chuyển bước tiếp theo' asks for the day on its confirmation, refuses tomorrow, and records a past day", async () => {
    const past = day(-2);
    const target = await parcelFreeBefore("admin_unit_id=eq.326&stage=eq.inventory&blocked=eq.false", past.iso);
    const page = await newPage(browser, PHONE);
    const events = sentEvents(page);
    await openParcelAsOfficer(page, target, { panel: false });
    await selectAtCentre(page, target);

    // a form's field, at 360 px
    await page.getByRole("button", { name: "Ghi chú…" }).click();
    const noteDialog = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
    await expect(noteDialog.getByLabel("Ngày thực hiện").inputValue()).resolves.toBe(day(0).iso);
    await screen(page, "event-dates-form-phone");
    await expectNoOverflow(page, noteDialog);
    await noteDialog.getByRole("button", { name: "Hủy" }).click();

    await page.getByRole("button", { name: "Chuyển bước tiếp theo" }).click();
    const confirm = page.getByRole("dialog", { name: "Xác nhận thay đổi" });
    const date = confirm.getByLabel("Ngày thực hiện");
    await expect(date.inputValue()).resolves.toBe(day(0).iso);
    await date.fill(day(1).iso);
    await confirm.getByRole("button", { name: "Xác nhận" }).click();
    await confirm.getByText("Ngày thực hiện không được sau hôm nay.").waitFor();
    await screen(page, "event-dates-confirm-refused-phone");
    await expectNoOverflow(page, confirm);
    expect(events).toEqual([]);

    await date.fill(past.iso);
    await confirm.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã cập nhật /).waitFor();
    expect(events).toEqual([expect.objectContaining({
      parcel_id: target.id, to_stage: "plan_approved", occurred_at: `${past.iso}T23:59:59+07:00`,
    })]);
    const [after] = await parcelsById([target.id]);
    expect(after).toMatchObject({ stage: "plan_approved", version: target.version + 1 });
    // the selection's action sheet covers the map on a phone: the parcel's link opens its sheet
    const [lat, lng] = centre(target);
    await page.goto(`${APP_URL}/?v=${lat},${lng},19&p=${target.id}`);

    const newest = page.locator(".parcel-history__item").first();
    await newest.getByText(new RegExp(`^Ngày thực hiện ${past.vi} · ghi nhận ${day(0).vi} \\d{2}:\\d{2}$`)).waitFor();
    await newest.scrollIntoViewIfNeeded();
    await screen(page, "event-dates-history-phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("an act recorded today is sent without a date and shown with its time", async () => {
    const [target] = await findParcels("admin_unit_id=eq.326&stage=eq.dialogue&blocked=eq.false");
    if (!target) throw new Error("no Văn Giang parcel at the dialogue stage");
    const page = await newPage(browser);
    const events = sentEvents(page);
    await openParcelAsOfficer(page, target);
    await selectAtCentre(page, target);
    await page.getByRole("button", { name: "Ghi chú…" }).click();
    const dialog = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
    await dialog.getByLabel("Ghi chú").fill("Đã liên hệ chủ hộ");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    const confirm = page.getByRole("dialog", { name: "Xác nhận thay đổi" });
    await confirm.getByText(`Ngày thực hiện: ${day(0).vi} (hôm nay)`, { exact: true }).waitFor();
    await confirm.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã cập nhật /).waitFor();
    expect(events).toHaveLength(1);
    expect(events[0]).not.toHaveProperty("occurred_at");
    const newest = page.locator(".parcel-history__item").first();
    await newest.getByText(new RegExp(`^${day(0).vi} \\d{2}:\\d{2}$`)).waitFor();
    await page.context().close();
  });
});
