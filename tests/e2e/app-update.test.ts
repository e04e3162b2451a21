// Issue 17, deliverable 1: a new version of the app is taken only when no change waits on the
// device, and the officer is told. On the production build with its service worker: a change
// is parked as a conflict (made offline while the parcel changed elsewhere); a new version is
// published; the page says it will update once every change is sent, offers no button, and
// only after the conflict is dropped offers "Cập nhật ngay", which reloads into the new
// version and says so.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, PHONE, SHOTS, launch, newPage, signIn } from "./support/browser";
import { centre, findParcels, parcelsById, type ApiParcel } from "./support/api";
import type { ProductionSite } from "./support/production-build";
import { serveProductionBuild } from "./support/production-build";
import { selectAtCentre } from "./support/officer-map";
import { DEMO_PASSWORD } from "../../supabase/seed/demo-accounts";
import { outboxPanel, sendNow } from "./support/outbox-panel";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";
const OFFICER = "canbo.vangiang@gpmb.local";

let browser: Browser;
let site: ProductionSite;
let target: ApiParcel;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveProductionBuild()]);
  // a parcel the other browser tests leave alone (they take the first of their filters)
  const parcels = await findParcels("admin_unit_id=eq.326&stage=eq.dialogue&blocked=eq.false");
  if (parcels.length < 3) throw new Error("too few Văn Giang parcels at the dialogue stage");
  target = parcels[parcels.length - 2]!;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A note on the parcel recorded from elsewhere (the officer's other device), straight through the API. */
async function noteFromElsewhere(parcel: ApiParcel) {
  const auth = await fetch(`${APP_URL}/auth/v1/token?grant_type=password`, {
    method: "POST", headers: { apikey: KEY, "content-type": "application/json" },
    body: JSON.stringify({ email: OFFICER, password: DEMO_PASSWORD }),
  });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const [now] = await parcelsById([parcel.id]);
  const res = await fetch(`${APP_URL}/rest/v1/rpc/record_parcel_events`, {
    method: "POST", headers: { apikey: KEY, authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ events: [{ event_id: crypto.randomUUID(), parcel_id: parcel.id, expected_version: now!.version,
                                      note: "Ghi từ máy khác" }] }),
  });
  const [answer] = (await res.json()) as { status: string }[];
  expect(answer?.status).toBe("applied");
}

const notice = (page: Page) => page.locator(".update-notice");

async function shotOf(page: Page, name: string) {
  await notice(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe("the app update", () => {
  it("waits while a change is unsent, then is offered, taken and announced", async () => {
    const page = await newPage(browser);
    const context = page.context();
    page.on("pageerror", (e) => console.log(`[page error] ${e.message}`));
    const [lat, lng] = centre(target);
    const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
    await page.goto(`${site.url}/?v=${lat},${lng},19`);
    await loaded;
    await signIn(page, OFFICER);
    await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    // the page that installed the worker is not controlled by it (no clientsClaim): the next one is
    const ready = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
    await page.reload();
    await ready;
    await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await selectAtCentre(page, target);

    // a note made with no signal, while the same parcel changes elsewhere: parked as a conflict
    await context.setOffline(true);
    await page.getByRole("button", { name: "Ghi chú…" }).click();
    const form = page.getByRole("dialog", { name: "Thêm ghi chú cho thửa đã chọn" });
    await form.getByLabel("Ghi chú").fill("Hộ dân hẹn ký biên bản");
    await form.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("dialog", { name: "Xác nhận thay đổi" }).getByRole("button", { name: "Xác nhận" }).click();
    await page.getByText(/^Đã lưu trên máy: 1 thửa/).waitFor();
    await noteFromElsewhere(target);
    await context.setOffline(false);
    await sendNow(page);
    const conflict = outboxPanel(page).getByRole("listitem").filter({ hasText: "Xung đột" });
    await conflict.waitFor({ timeout: 30_000 });

    // a new version is deployed and found: it waits for the outbox
    site.publishNewWorker();
    await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
    await notice(page).getByText("Có phiên bản mới, sẽ cập nhật khi mọi thay đổi đã gửi.").waitFor({ timeout: 30_000 });
    await expect(notice(page).getByRole("button").count()).resolves.toBe(0);
    const waitingWorker = () => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting !== null && registration?.waiting !== undefined };
    });
    await expect(waitingWorker()).resolves.toEqual({ waiting: true });
    await shotOf(page, "app-update-waits-desktop");
    await page.setViewportSize(PHONE);
    await shotOf(page, "app-update-waits-360");
    await page.setViewportSize({ width: 1280, height: 800 });
    // a reload does not take it either while the change is parked
    await page.reload();
    await notice(page).getByText("Có phiên bản mới, sẽ cập nhật khi mọi thay đổi đã gửi.").waitFor({ timeout: 60_000 });

    // the conflict dropped, nothing waits: the update is offered, taken, and announced
    await outboxPanel(page).getByRole("listitem").filter({ hasText: "Xung đột" }).getByRole("button", { name: "Bỏ thay đổi này" }).click();
    await notice(page).getByText("Có phiên bản mới của ứng dụng.").waitFor({ timeout: 30_000 });
    await shotOf(page, "app-update-ready-desktop");
    const reloaded = page.waitForEvent("load", { timeout: 60_000 });
    await notice(page).getByRole("button", { name: "Cập nhật ngay" }).click();
    await reloaded;
    await notice(page).getByText("Đã cập nhật phiên bản mới.").waitFor({ timeout: 60_000 });
    await expect(waitingWorker()).resolves.toEqual({ waiting: false });
    await page.setViewportSize(PHONE);
    await shotOf(page, "app-update-done-360");
    await notice(page).getByRole("button").click();
    await notice(page).waitFor({ state: "detached" });
    await context.close();
  }, 300_000);
});
