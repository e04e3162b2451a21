// Debian Chromium driven by playwright-core (no browser downloads on this machine).
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { DEMO_PASSWORD } from "../../../supabase/seed/demo-accounts";

export const APP_URL = process.env.GPMB_APP_URL ?? "";
if (!APP_URL) throw new Error("GPMB_APP_URL is not set: run the browser tests with `npm run test:e2e`.");

export const SHOTS = "tests/artifacts/screenshots";
mkdirSync(SHOTS, { recursive: true });

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** A fresh page (own cookies and storage) at the given size. */
export async function newPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  return context.newPage();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Signs in through the header's sign-in panel as a demo account. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByRole("button", { name: "Đăng nhập" }).first().click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor();
}
