// The foundation's screens in a real browser: public progress, sign-in per role, language switch.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { targetProgress } from "./support/api";

// personal fields as JSON keys ("households" alone is a public count of household_progress)
const PRIVATE_MARKERS = ["owner_name", "\"household\":", "compensation_vnd", "support_vnd", "actor_email", "id_number", "party_name", "Hộ ông", "Hộ bà"];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Collects the bodies of every API response the page receives. */
function recordResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    if (!res.url().includes("/rest/v1/")) return;
    try {
      bodies.push(await res.text());
    } catch {
      // a redirect or aborted request has no body
    }
  });
  return bodies;
}

describe("public view", () => {
  it("shows province progress and the demo banner, and receives no personal data", async () => {
    const page = await newPage(browser);
    const bodies = recordResponses(page);
    await page.goto(APP_URL);
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 60_000 });
    await page.getByRole("complementary", { name: "Dữ liệu minh họa" }).waitFor();
    await page.getByRole("rowheader", { name: "Vành đai 4" }).waitFor();
    const body = await page.locator("main").innerText();
    expect(body).toMatch(/\d{1,3}(\.\d{3})*,\d[\s\u00a0]ha/); // vi-VN area figures such as 3.375,7 ha
    await shot(page, "shell-public-desktop");
    await page.waitForLoadState("networkidle");
    expect(bodies.length).toBeGreaterThan(2);
    for (const marker of PRIVATE_MARKERS) expect(bodies.join("\n")).not.toContain(marker);
    await page.context().close();
  });

  it("is usable at 360 px wide without horizontal scrolling of the page", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 60_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await shot(page, "shell-public-phone");
    await page.context().close();
  });

  it("switches to English", async () => {
    const page = await newPage(browser);
    await page.goto(APP_URL);
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 60_000 });
    // the map's zoom buttons too (Leaflet names them in English whatever the page's language)
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor();
    await expect(page.getByRole("button", { name: "Zoom in", exact: true }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: /^EN/ }).click();
    await page.getByRole("heading", { name: /land clearance progress/i }).waitFor();
    await page.getByRole("button", { name: "Zoom in", exact: true }).waitFor();
    await page.getByRole("button", { name: "Zoom out", exact: true }).waitFor();
    await expect(page.getByRole("button", { name: "Phóng to", exact: true }).count()).resolves.toBe(0);
    // targets carry their English names (targets.name_en), not the Vietnamese ones
    const named = (await targetProgress()).find((target) => target.name_en !== null);
    expect(named).toBeDefined();
    await page.locator(".target-row").filter({ hasText: named!.name_en! }).first().waitFor({ state: "attached" });
    await expect(page.locator(".target-row").filter({ hasText: named!.name }).count()).resolves.toBe(0);
    await shot(page, "shell-english-desktop");
    await page.context().close();
  });
});

describe("while the backend boots", () => {
  it("says so instead of failing, then opens the app by itself", async () => {
    const page = await newPage(browser);
    const booting = JSON.stringify({ code: "LOCAL_BACKEND_BOOTING", message: "Máy chủ dữ liệu cục bộ đang khởi động." });
    await page.route("**/rest/v1/**", (route) => route.fulfill({ status: 503, contentType: "application/json", body: booting }));
    await page.goto(APP_URL);
    await page.getByText("Đang khởi động máy chủ dữ liệu cục bộ…").waitFor({ timeout: 30_000 });
    await shot(page, "shell-boot-desktop");
    await page.unroute("**/rest/v1/**");
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 30_000 });
    await page.context().close();
  });
});

describe("signed in", () => {
  it.each([["desktop", DESKTOP], ["phone", PHONE]] as const)("a leader sees the role and can sign out (%s)", async (name, viewport) => {
    const page = await newPage(browser, viewport);
    await page.goto(APP_URL);
    await signIn(page, "lanhdao@gpmb.local");
    await page.getByText("Lãnh đạo", { exact: true }).waitFor();
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor();
    await shot(page, `shell-leader-${name}`);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("button", { name: "Đăng nhập" }).first().waitFor();
    await page.context().close();
  });

  it("an officer sees their area", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await signIn(page, "canbo.vangiang@gpmb.local");
    await page.getByText(/Cán bộ địa chính – Văn Giang/).waitFor();
    await shot(page, "shell-officer-phone");
    await page.context().close();
  });

  it("an officer coming back finds a header that keeps its height while the session and roles load (360 px)", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await signIn(page, "canbo.vangiang@gpmb.local");
    await page.getByText(/Cán bộ địa chính – Văn Giang/).waitFor();
    // the header's height on every frame of the next visit, from its first
    await page.addInitScript(() => {
      const heights: number[] = [];
      Object.assign(window, { headerHeights: heights });
      const sample = () => {
        const header = document.querySelector(".app-header");
        if (header) heights.push(Math.round(header.getBoundingClientRect().height));
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.reload();
    await page.getByText(/Cán bộ địa chính – Văn Giang/).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const heights = await page.evaluate(() => (window as unknown as { headerHeights: number[] }).headerHeights);
    expect(heights.length).toBeGreaterThan(5);
    expect([...new Set(heights)]).toEqual([heights.at(-1)]);
    await page.context().close();
  });

  it("a wrong password gets a clear Vietnamese message", async () => {
    const page = await newPage(browser);
    await page.goto(APP_URL);
    await page.getByRole("button", { name: "Đăng nhập" }).first().click();
    await page.getByLabel("Email").fill("lanhdao@gpmb.local");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).last().click();
    await page.getByText(/mật khẩu/i).nth(1).waitFor();
    const alert = await page.getByRole("alert").innerText();
    expect(alert).toMatch(/không đúng|sai/i);
    await page.context().close();
  });
});
