// Issue 14 in Chromium, on the real backend: the admin creates a project on the admin page, then
// the Văn Giang officer imports a zipped Shapefile in VN-2000 TM-3 105°30′ into it, sees the dry
// run's counts, commits, and finds the parcels on the map and in the totals.
// Bad files show their problem and cannot be committed; a file over the size cap is refused
// before it is read. Screenshots of every step at 1280×800 and 360 px.
// The imported parcels stay in the database (no API path deletes parcels); the test's project is
// retired afterwards, so later files see one retired project with three not-started parcels.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { SupabaseClient } from "@supabase/supabase-js";
import { APP_URL, PHONE, SHOTS, launch, newPage, shot } from "./support/browser";
import { adminClient } from "./support/admin";
import { createProjectOnAdminPage } from "./support/admin-pages";
import { seriousViolations } from "./support/axe";
import { centre, findParcel, findParcels, progressSummary } from "./support/api";
import {
  PARCEL_FIELDS, bowTieRing, geojsonText, lonLatSquare, prjVn2000Tm3, ringArea, shapefileZip, squareRing,
} from "../support/import-fixtures";
import type { ShapeFeature } from "../support/import-fixtures";
import { fromWgs84, toWgs84 } from "../../src/import/crs";
import { MAX_IMPORT_FILE_BYTES } from "../../src/domain/limits";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../supabase/seed/demo-accounts";

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const PROJECT_CODE = `E2E-NHAP-${RUN}`;
const PROJECT_NAME = `Dự án thử nhập thửa ${RUN}`;
const SHEET = `E${RUN}`.slice(0, 10);
const TM3 = { kind: "vn2000-tm3", centralMeridian: 105.5 } as const;

let browser: Browser;
let admin: SupabaseClient;
let projectId = "";
/** South-west corner of the test's parcels in VN-2000 TM-3 105°30′ (E, N), in Văn Giang. */
let origin: [number, number] = [0, 0];

beforeAll(async () => {
  browser = await launch();
  admin = await adminClient();
  await createProjectOnAdminPage(browser, { code: PROJECT_CODE, name: PROJECT_NAME, kind: "public_investment", areaHa: "0,5" });
  const { data, error } = await admin.from("projects").select("id,area_to_clear_m2").eq("code", PROJECT_CODE).single();
  if (error) throw new Error(`the project made on the admin page: ${error.message}`);
  const made = data as { id: string; area_to_clear_m2: number | string };
  expect(Number(made.area_to_clear_m2)).toBe(5000);
  projectId = made.id;
  // next to a parcel of the demo data in Văn Giang, so the district the server assigns is 326
  const [lat, lng] = centre(await findParcel("admin_unit_id=eq.326"));
  const [e, n] = fromWgs84(TM3)(lng, lat);
  origin = [Math.round(e), Math.round(n)];
});

afterAll(async () => {
  if (projectId) await admin.from("projects").update({ retired_at: new Date().toISOString(), retired_reason: "e2e import test" }).eq("id", projectId);
  await browser?.close();
});

/** `count` adjacent 20 m squares from the origin, sheet SHEET, numbers 1…count, legal area = drawn. */
function parcels(count: number, first = 1): ShapeFeature[] {
  return Array.from({ length: count }, (_, i) => {
    const ring = squareRing(origin[0] + (first - 1 + i) * 20, origin[1], 20);
    return { rings: [ring], values: { SOTO: SHEET, SOTHUA: String(first + i), LOAIDAT: "LUC", DIENTICH: ringArea(ring), CHUSUDUNG: "Nguyễn Văn An" } };
  });
}

function zip(features: readonly ShapeFeature[], prj = prjVn2000Tm3(105.5)): Buffer {
  return Buffer.from(shapefileZip({ fields: PARCEL_FIELDS, features, prj, cpg: "UTF-8" }));
}

/** Signs in from the page's own "Đăng nhập" button, which opens the header's sign-in panel. */
async function signInFromPage(page: Page, email: string) {
  await page.getByRole("region", { name: "Cần đăng nhập" }).getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.locator("form").getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("button", { name: "Đăng xuất" }).waitFor();
}

async function openImport(page: Page) {
  await page.goto(`${APP_URL}/import`);
  await page.getByRole("heading", { name: "Cần đăng nhập" }).waitFor();
  await signInFromPage(page, DEMO_ACCOUNTS.officerVanGiang.email);
  await page.getByRole("heading", { name: "1. Nhập gì" }).waitFor();
  await page.getByLabel("Dự án", { exact: true }).selectOption({ label: `${PROJECT_CODE} – ${PROJECT_NAME}` });
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Tệp dữ liệu").setInputFiles({ name, mimeType: "application/zip", buffer });
  await page.getByText(`Đã đọc “${name}”`).waitFor({ timeout: 60_000 });
}

/** A screenshot of one step (its section), for looking at each step on its own. */
async function stepShot(page: Page, heading: string, name: string) {
  const section = page.getByRole("region", { name: heading });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function confirmAndCheck(page: Page) {
  await page.getByLabel(/^Tôi đã xem: bảng mã/).check();
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await page.locator(".preview-map").waitFor({ timeout: 60_000 });
}

describe("import page", () => {
  it("lets the Văn Giang officer import a VN-2000 Shapefile, dry run then commit, and shows the parcels on the map and in the totals", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/import`);
    await page.getByRole("heading", { name: "Cần đăng nhập" }).waitFor();
    await shot(page, "import-0-signed-out-desktop");
    await openImport(page);
    await expect.poll(() => page.getByText("Dung lượng tối đa: 100\u00a0MB.").count()).toBe(1);
    await shot(page, "import-1-what-desktop");

    await chooseFile(page, "thua_dat_van_giang.zip", zip(parcels(3)));
    await page.getByText("Hệ tọa độ trong tệp: VN-2000 / TM-3 105°30′.").waitFor();
    await shot(page, "import-2-file-crs-encoding-mapping-desktop");
    await stepShot(page, "4. Bảng mã tiếng Việt", "import-2a-encoding-desktop");
    await confirmAndCheck(page);
    await page.getByText("Không thấy lỗi nào trong 3 dòng.").waitFor();
    await shot(page, "import-3-check-desktop");

    await page.getByRole("button", { name: "Chạy thử trên máy chủ" }).click();
    const counts = page.locator(".import-counts");
    await counts.waitFor({ timeout: 60_000 });
    expect(await counts.locator("dd").allTextContents()).toEqual(["3", "0", "0", "0"]);
    await shot(page, "import-4-dry-run-desktop");
    // every step on the page at once: no serious accessibility violation
    expect(await seriousViolations(page)).toEqual([]);

    const before = Number((await progressSummary("province"))[0]!.parcels);
    await page.getByRole("button", { name: "Ghi vào cơ sở dữ liệu" }).click();
    await page.getByText("Đã ghi xong: 3 thêm mới, 0 cập nhật, 0 không đổi.").waitFor({ timeout: 60_000 });
    await shot(page, "import-5-committed-desktop");

    const imported = await findParcels(`project_id=eq.${projectId}`);
    expect(imported.map((p) => [p.map_sheet, p.parcel_no, p.admin_unit_id, p.stage]).sort()).toEqual([
      [SHEET, "1", "326", "not_started"], [SHEET, "2", "326", "not_started"], [SHEET, "3", "326", "not_started"],
    ]);
    const row = (await progressSummary("project")).find((r) => r.key === projectId);
    expect(Number(row?.parcels)).toBe(3);

    // the link opens the map at the imported place, where the new parcels are loaded and drawn
    const tile = page.waitForResponse(async (r) => r.url().includes("parcels_in_bbox") && r.ok()
      && (await r.text()).includes(imported[0]!.id), { timeout: 60_000 });
    await page.getByRole("link", { name: "Xem trên bản đồ" }).click();
    await tile;
    // and the province's totals on the map count them
    await page.getByText(`trên tổng ${(before + 3).toLocaleString("vi-VN")} thửa`).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await shot(page, "import-6-map-desktop");
    await page.context().close();
  });

  it("shows a wrong-meridian file landing outside the province and a bow-tie, and refuses to commit them", async () => {
    const page = await newPage(browser);
    await openImport(page);
    await chooseFile(page, "sai_kinh_tuyen.zip", zip(parcels(2, 11), prjVn2000Tm3(104.5)));
    await confirmAndCheck(page);
    await page.getByText(/Phần lớn các dòng nằm ngoài tỉnh Hưng Yên/).waitFor();
    expect(await page.getByText(/Nằm ngoài tỉnh Hưng Yên/).count()).toBe(2);
    await page.waitForTimeout(300);
    await shot(page, "import-7-outside-desktop");
    await stepShot(page, "6. Kiểm tra và xem trên bản đồ", "import-7a-outside-check-desktop");

    const bow = bowTieRing(origin[0] + 200, origin[1], 20);
    await chooseFile(page, "no_con_buom.zip", zip([{ rings: [bow], values: { SOTO: SHEET, SOTHUA: "21", LOAIDAT: "LUC", DIENTICH: 400, CHUSUDUNG: null } }]));
    await confirmAndCheck(page);
    await page.getByText(/Ranh giới tự cắt/).first().waitFor();
    await page.getByRole("button", { name: /Xem trên bản đồ: Dòng 1/ }).click();
    await page.getByRole("button", { name: "Chạy thử trên máy chủ" }).click();
    await page.locator(".import-counts").waitFor({ timeout: 60_000 });
    expect(await page.locator(".import-counts dd").allTextContents()).toEqual(["0", "0", "0", "1"]);
    const commit = page.getByRole("button", { name: "Ghi vào cơ sở dữ liệu" });
    expect(await commit.isDisabled()).toBe(true);
    await page.getByLabel(/^Bỏ các dòng bị từ chối/).check();
    expect(await commit.isDisabled()).toBe(true);
    await page.getByText("Không còn dòng nào để ghi.").waitFor();
    await shot(page, "import-8-bow-tie-desktop");
    await stepShot(page, "6. Kiểm tra và xem trên bản đồ", "import-8a-bow-tie-check-desktop");
    await stepShot(page, "8. Ghi vào cơ sở dữ liệu", "import-8b-bow-tie-commit-desktop");
    expect(await findParcels(`project_id=eq.${projectId}&parcel_no=in.(11,12,21)`)).toEqual([]);
    await page.context().close();
  });

  it("refuses a file over the size cap before reading it, saying the cap", async () => {
    const page = await newPage(browser);
    await openImport(page);
    await page.getByLabel("Tệp dữ liệu").evaluate((input: HTMLInputElement, size: number) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(size)], "qua_lon.zip", { type: "application/zip" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }, MAX_IMPORT_FILE_BYTES + 1);
    await page.getByText(/Tệp “qua_lon.zip” nặng 100(,0)?\sMB, vượt giới hạn 100\sMB/).waitFor();
    await shot(page, "import-9-too-large-desktop");
    await page.context().close();
  });

  it("fits a 360 px wide phone", async () => {
    const page = await newPage(browser, PHONE);
    await openImport(page);
    await chooseFile(page, "thua_dat_dien_thoai.zip", zip(parcels(3)));
    await shot(page, "import-10-file-phone");
    await stepShot(page, "1. Nhập gì", "import-10a-what-phone");
    await stepShot(page, "2. Chọn tệp", "import-10b-file-phone");
    await stepShot(page, "3. Hệ tọa độ", "import-10c-crs-phone");
    await stepShot(page, "4. Bảng mã tiếng Việt", "import-10d-encoding-phone");
    await stepShot(page, "5. Ghép trường dữ liệu", "import-10e-mapping-phone");
    await confirmAndCheck(page);
    await page.waitForTimeout(300); // the preview's canvas draws on the next frames
    await stepShot(page, "6. Kiểm tra và xem trên bản đồ", "import-10f-check-phone");
    await page.getByRole("button", { name: "Chạy thử trên máy chủ" }).click();
    await page.locator(".import-counts").waitFor({ timeout: 60_000 });
    // re-import of the same parcels: unchanged
    expect(await page.locator(".import-counts dd").allTextContents()).toEqual(["0", "0", "3", "0"]);
    await shot(page, "import-11-dry-run-phone");
    await stepShot(page, "7. Chạy thử trên máy chủ", "import-11a-dry-run-phone");
    await stepShot(page, "8. Ghi vào cơ sở dữ liệu", "import-11b-commit-phone");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it("lets an admin import a project's outline from GeoJSON, opened from a link naming the layer and the project", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/import?layer=project_geometry&project=${projectId}`);
    await page.getByRole("heading", { name: "Cần đăng nhập" }).waitFor();
    await signInFromPage(page, DEMO_ACCOUNTS.admin.email);
    expect(await page.getByRole("radio", { name: "Ranh giới hoặc tim đường của một dự án" }).isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel("Dự án", { exact: true }).inputValue()).toBe(projectId);
    const [lon, lat] = toWgs84(TM3)(origin[0] - 50, origin[1] - 50);
    const outline = geojsonText([{ ring: lonLatSquare(lon, lat, 0.003), properties: { ten: "Ranh giới dự án" } }]);
    await page.getByLabel("Tệp dữ liệu").setInputFiles({ name: "ranh_gioi.geojson", mimeType: "application/geo+json", buffer: Buffer.from(outline) });
    await page.getByText("Đã đọc “ranh_gioi.geojson”").waitFor({ timeout: 60_000 });
    await page.getByText("Định dạng này luôn dùng UTF-8: không cần chọn bảng mã.").waitFor();
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await page.getByText("Không thấy lỗi nào trong 1 dòng.").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Chạy thử trên máy chủ" }).click();
    await page.locator(".import-counts").waitFor({ timeout: 60_000 });
    expect(await page.locator(".import-counts dd").allTextContents()).toEqual(["0", "1", "0", "0"]);
    await page.getByRole("button", { name: "Ghi vào cơ sở dữ liệu" }).click();
    await page.getByText("Đã cập nhật ranh giới của dự án.").waitFor({ timeout: 60_000 });
    await shot(page, "import-12-outline-admin-desktop");
    const { data } = await admin.from("projects").select("geom").eq("id", projectId).single();
    expect((data as { geom: { type: string } | null }).geom?.type).toBe("Polygon");
    // put the project back as the test made it (no outline)
    await admin.from("projects").update({ geom: null }).eq("id", projectId);
    await page.context().close();
  });
});
