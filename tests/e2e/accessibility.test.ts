// No serious or critical axe (WCAG 2.1 A/AA) violations on the screens people use.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage, signIn } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { centre, findParcel } from "./support/api";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("accessibility (axe-core)", () => {
  it("the public province view", async () => {
    const page = await newPage(browser);
    await page.goto(APP_URL);
    await page.getByText(/KCN Phố Nối A/).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a parcel panel at street zoom, on a phone", async () => {
    const target = await findParcel("admin_unit_id=eq.326&blocked=eq.true");
    const [lat, lng] = centre(target);
    const page = await newPage(browser, PHONE);
    await page.goto(`${APP_URL}/?v=${lat},${lng},18&p=${target.id}`);
    await page.getByText(target.blocker_reason!).filter({ visible: true }).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a keyboard user opens a parcel through the parcel search (parcels on the canvas cannot take focus)", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.notice&blocked=eq.false");
    const page = await newPage(browser);
    await page.goto(APP_URL);
    const summary = page.locator(".parcel-search summary");
    await summary.focus({ timeout: 60_000 });
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type(target.map_sheet);
    await page.keyboard.press("Tab");
    await page.keyboard.type(target.parcel_no);
    await page.keyboard.press("Enter");
    await page.locator(".parcel-search__hit").first().waitFor({ timeout: 30_000 });
    const hits = await page.locator(".parcel-search__hit").count();
    await page.keyboard.press("Tab"); // the district
    await page.keyboard.press("Tab"); // "Tìm"
    // to the hit of the target's district (hits are ordered by district code)
    const names = await page.locator(".parcel-search__hit").allInnerTexts();
    const index = names.findIndex((n) => n.includes("Huyện Văn Giang"));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(hits);
    for (let i = 0; i <= index; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // focus lands on the parcel panel's heading
    await page.waitForFunction(() => document.activeElement?.classList.contains("parcel-sheet__title"));
    await page.waitForFunction((title) => document.activeElement?.textContent === title, `Tờ ${target.map_sheet}, thửa ${target.parcel_no}`);
    await page.context().close();
  });

  it.each([["desktop", DESKTOP], ["phone", PHONE]] as const)("the officer's tools with a confirmation dialog open (%s)", async (name, viewport) => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.notice&blocked=eq.false");
    const [lat, lng] = centre(target);
    const page = await newPage(browser, viewport);
    await page.goto(`${APP_URL}/?v=${lat},${lng},18&s=${target.id}`);
    await signIn(page, "canbo.vangiang@gpmb.local");
    await page.getByText(/^Đã chọn: 1 thửa/).first().waitFor({ timeout: 30_000 });
    // a selection from a link is confirmed first (tests/e2e/link-selection.test.ts); that step too
    const confirmLink = page.getByRole("button", { name: "Xác nhận lựa chọn" });
    await confirmLink.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirmLink.click();
    await page.getByRole("button", { name: "Chuyển bước tiếp theo" }).click();
    await page.getByRole("dialog").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // the screen as the officer sees it (on a phone: the dialog as a bottom sheet over the map)
    await page.screenshot({ path: `${SHOTS}/officer-confirm-${name}.png` });
    await page.getByRole("dialog").getByRole("button", { name: "Hủy" }).click();
    await page.context().close();
  });
});
