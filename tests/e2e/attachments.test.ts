// Photos and documents in the browser: the picker takes a camera-sized photo (made smaller on the
// device), a PDF and refuses markup with a message; the files go to /storage/v1 with their event
// through the app's client; the parcel panel lists them for the area's officer, shows the photo
// when opened, and shows no such section to the public. Screenshots at desktop and 360 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage } from "./support/browser";
import { findParcel, type ApiParcel } from "./support/api";
import { openParcelAsOfficer } from "./support/officer-map";
import type * as HarnessModule from "./support/attachments-harness";

const HARNESS = "/tests/e2e/support/attachments-harness.tsx";
type Harness = typeof HarnessModule;

/** Calls a function of the harness inside the page (a string: vitest would rewrite an import()). */
async function harness<K extends keyof Harness>(page: Page, fn: K, ...args: Parameters<Harness[K]>): Promise<Awaited<ReturnType<Harness[K]>>> {
  const call = `import(${JSON.stringify(HARNESS)}).then((m) => m.${fn}(...${JSON.stringify(args)}))`;
  return page.evaluate(call) as Promise<Awaited<ReturnType<Harness[K]>>>;
}

let browser: Browser;
let parcel: ApiParcel;

beforeAll(async () => {
  browser = await launch();
  parcel = await findParcel("admin_unit_id=eq.326&stage=eq.not_started");
});
afterAll(async () => {
  await browser?.close();
});

async function pickFiles(page: Page) {
  await harness(page, "mountPicker");
  const box = page.getByTestId("picker-box");
  await box.getByRole("button", { name: "Chụp ảnh" }).waitFor();
  const jpeg = await harness(page, "cameraJpeg", 4000, 3000);
  await page.getByTestId("attachment-files").setInputFiles([
    { name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: Buffer.from(jpeg, "base64") },
    { name: "Biên bản kiểm đếm.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% demo\n%%EOF\n") },
    { name: "trang.html", mimeType: "text/html", buffer: Buffer.from("<b>x</b>") },
  ]);
  await box.getByText("Đã chọn 2 tệp").waitFor();
  await expect(box.getByRole("alert").textContent()).resolves.toContain("trang.html: không nhận loại tệp này");
  return { box, jpegBytes: Buffer.from(jpeg, "base64").byteLength };
}

describe("attachments", () => {
  it("the picker resizes a camera photo, keeps a PDF and refuses markup; the panel lists and opens them", async () => {
    const page = await newPage(browser, DESKTOP);
    await openParcelAsOfficer(page, parcel);
    const { box, jpegBytes } = await pickFiles(page);
    const files = await harness(page, "chosenFiles");
    expect(files.map((f) => [f.name, f.mime, f.kind])).toEqual([
      ["IMG_2041.jpg", "image/jpeg", "photo"], ["Biên bản kiểm đếm.pdf", "application/pdf", "document"],
    ]);
    expect(files[0]!.pixels).toEqual({ w: 1600, h: 1200 });
    expect(files[0]!.size).toBeLessThan(jpegBytes);
    await box.screenshot({ path: `${SHOTS}/attachments-picker-desktop.png` });

    const answers = await harness(page, "sendChosen", parcel.id, parcel.version);
    expect(answers).toEqual([{ status: "stored" }, { status: "stored" }]);

    await page.reload();
    const section = page.getByRole("region", { name: "Ảnh và tài liệu" });
    await section.getByText("IMG_2041.jpg").waitFor({ timeout: 30_000 });
    await expect(section.getByText("Biên bản kiểm đếm.pdf").count()).resolves.toBe(1);
    await section.getByRole("button", { name: "Xem IMG_2041.jpg" }).click();
    const photo = section.getByRole("img", { name: "IMG_2041.jpg" });
    await photo.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>(".event-files__photo")].every((i) => i.complete && i.naturalWidth > 0));
    await section.screenshot({ path: `${SHOTS}/attachments-panel-desktop.png` });
    await page.context().close();
  });

  it("at 360 px the picker and the panel's section fit; the public sees no files section", async () => {
    const page = await newPage(browser, PHONE);
    await openParcelAsOfficer(page, parcel);
    const { box } = await pickFiles(page);
    const width = await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(width).toBe(true);
    await box.screenshot({ path: `${SHOTS}/attachments-picker-360.png` });
    await page.evaluate(() => document.querySelector("[data-testid=picker-box]")?.remove());
    const section = page.getByRole("region", { name: "Ảnh và tài liệu" });
    await section.getByText("IMG_2041.jpg").waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SHOTS}/attachments-panel-360.png` });
    await page.context().close();

    const publicPage = await newPage(browser, PHONE);
    await publicPage.goto(`${APP_URL}/?p=${parcel.id}`);
    await publicPage.getByRole("heading", { name: /Tờ/ }).first().waitFor({ timeout: 60_000 });
    await publicPage.waitForTimeout(1500);
    await expect(publicPage.getByRole("region", { name: "Ảnh và tài liệu" }).count()).resolves.toBe(0);
    await publicPage.context().close();
  });
});
