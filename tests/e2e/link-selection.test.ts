// A selection that comes with a link (?s=…) is the link's, not the officer's: anyone can make a
// link. The Văn Giang officer opens one, is told so in the action bar and has no action until
// confirming it; a link naming more than a screen of parcels has the rest left out, with a notice.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import type { ApiParcel } from "./support/api";
import { centre, findParcels } from "./support/api";

/** As src/map/url-state.ts caps a link's selection. */
const MAX_SELECTION_IN_URL = 200;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Văn Giang parcels near one another (within a street view), the first one's centre for the view. */
async function nearbyParcels(count: number): Promise<{ ids: string[]; at: [number, number] }> {
  const candidates = await findParcels("admin_unit_id=eq.326&stage=eq.notice&blocked=eq.false");
  const at = centre(candidates[0]!);
  const metres = (p: ApiParcel) => {
    const [lat, lng] = centre(p);
    return Math.hypot((lat - at[0]) * 110_574, (lng - at[1]) * 111_320 * Math.cos((at[0] * Math.PI) / 180));
  };
  const ids = candidates.filter((p) => metres(p) < 150).slice(0, count).map((p) => p.id);
  expect(ids.length).toBeGreaterThan(1);
  return { ids, at };
}

/** Opens the link, then signs in as the Văn Giang officer (as someone sent the link would). */
async function openLinkAsOfficer(page: Page, search: string) {
  const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
  await page.goto(`${APP_URL}/${search}`);
  await loaded;
  await signIn(page, "canbo.vangiang@gpmb.local");
  await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
}

const actionBar = (page: Page) => page.getByRole("group", { name: "Thao tác với thửa đã chọn" });

describe("a selection opened from a link", () => {
  it("waits for the officer's confirmation before any action (1280 px)", async () => {
    const { ids, at } = await nearbyParcels(3);
    const page = await newPage(browser);
    await openLinkAsOfficer(page, `?v=${at[0]},${at[1]},18&s=${ids.join(",")}`);
    const bar = actionBar(page);
    await bar.getByText(
      `Lựa chọn này mở từ liên kết: ${ids.length} thửa. Kiểm tra trên bản đồ rồi xác nhận để thao tác.`,
      { exact: true },
    ).waitFor();
    for (const name of ["Chuyển bước tiếp theo", "Đặt bước…", "Vướng mắc…", "Ghi chú…"]) {
      await expect(bar.getByRole("button", { name }).isDisabled()).resolves.toBe(true);
    }
    await page.waitForTimeout(300); // the canvas draws the selection on the next frames
    await shot(page, "link-selection-confirm-desktop");

    await bar.getByRole("button", { name: "Xác nhận lựa chọn" }).click();
    await bar.getByText(/^Lựa chọn này mở từ liên kết/).waitFor({ state: "detached" });
    const advance = bar.getByRole("button", { name: "Chuyển bước tiếp theo" });
    await expect(advance.isEnabled()).resolves.toBe(true);
    await expect(bar.getByRole("button", { name: "Đặt bước…" }).isEnabled()).resolves.toBe(true);
    // the focus goes to the first action, not to the page, when the confirm button goes away
    await expect(advance.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    // the plan names the link's parcels; nothing is sent (the demo data is shared by the run)
    await advance.click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`Sẽ thay đổi ${ids.length} thửa`, { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.context().close();
  });

  it("selects at most a screen of parcels, says how many it left out, and is gone once cleared by hand (360 px)", async () => {
    const { ids, at } = await nearbyParcels(3);
    // ids that look like parcels' but name none, past the cap
    const padding = Array.from({ length: MAX_SELECTION_IN_URL - ids.length + 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const page = await newPage(browser, PHONE);
    await openLinkAsOfficer(page, `?v=${at[0]},${at[1]},18&s=${[...ids, ...padding].join(",")}`);
    const bar = actionBar(page);
    await bar.getByText(`Lựa chọn này mở từ liên kết: ${MAX_SELECTION_IN_URL} thửa.`, { exact: false }).waitFor();
    // in the panel: the sheet over the map keeps to the confirmation
    await page.locator(".officer-tools").getByText(
      `Liên kết còn chọn thêm 12 thửa nhưng không được mở: một liên kết chọn tối đa ${MAX_SELECTION_IN_URL} thửa, số thửa một màn hình bản đồ hiển thị được.`,
    ).waitFor();
    const link = new URL(page.url()).searchParams.get("s")!.split(",");
    expect(link).toHaveLength(MAX_SELECTION_IN_URL); // what it kept is what the page's own link now holds
    // on a phone the sheet shows only the confirmation, so it covers less of the map to check
    const advance = bar.getByRole("button", { name: "Chuyển bước tiếp theo", includeHidden: true });
    await expect(advance.isDisabled()).resolves.toBe(true);
    await expect(advance.isVisible()).resolves.toBe(false);
    await page.waitForTimeout(300);
    await shot(page, "link-selection-confirm-phone");

    await bar.getByRole("button", { name: "Xác nhận lựa chọn" }).click();
    await advance.waitFor({ state: "visible" });
    await expect(advance.isEnabled()).resolves.toBe(true);
    await shot(page, "link-selection-confirmed-phone");
    // a link's selection cleared by hand is gone; a new one is the officer's own
    await page.goto(`${APP_URL}/?v=${at[0]},${at[1]},18&s=${ids.join(",")}`);
    await bar.getByText(/^Lựa chọn này mở từ liên kết/).waitFor();
    await page.locator(".officer-selection").getByRole("button", { name: "Bỏ chọn" }).click();
    await expect(page.getByText(/^Lựa chọn này mở từ liên kết/).count()).resolves.toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
