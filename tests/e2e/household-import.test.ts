// Issue 16 in Chromium, on the real backend: the Văn Giang officer uploads a household list
// (.xlsx) with one bad row, is shown the row, the column and what is wrong, fixes it (a .csv
// this time), checks again and writes the list, then finds links to the households written.
// The template downloads with the headers the page matches. Screenshots at 1280×800 and 360 px.
// The test's parcels come in through import_parcels into a project of its own, retired afterwards
// (no API path deletes parcels or households).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { SupabaseClient } from "@supabase/supabase-js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import writeXlsxFile from "write-excel-file/node";
import { readSheet } from "read-excel-file/node";
import { APP_URL, PHONE, SHOTS, launch, newPage, shot } from "./support/browser";
import { adminClient } from "./support/admin";
import { seriousViolations } from "./support/axe";
import { centre, findParcel } from "./support/api";
import { TEMPLATE_HEADERS } from "../../src/import/household-list";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../supabase/seed/demo-accounts";

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const PROJECT_CODE = `E2E-HO-${RUN}`;
const PROJECT_NAME = `Dự án thử nhập hộ ${RUN}`;
const SHEET = `H${RUN}`.slice(0, 10);
/** Two citizen IDs made for this run (12 digits, leading zero as real ones have). */
const ID_AN = `0${String(Date.now()).slice(-11)}`;
const ID_BINH = `0${String(Date.now() + 1).slice(-11)}`;

let browser: Browser;
let admin: SupabaseClient;
let projectId = "";
/** The unit the test's parcels are numbered in, by its name as a list writes it. */
let unitName = "";

function square(lon: number, lat: number, s = 0.0002) {
  return { type: "Polygon", coordinates: [[[lon, lat], [lon + s, lat], [lon + s, lat + s], [lon, lat + s], [lon, lat]]] };
}

beforeAll(async () => {
  browser = await launch();
  admin = await adminClient();
  const made = await admin.from("projects")
    .insert({ code: PROJECT_CODE, name: PROJECT_NAME, kind: "public_investment", area_to_clear_m2: 1000, admin_unit_ids: ["326"] })
    .select("id").single();
  if (made.error) throw new Error(`the test's project: ${made.error.message}`);
  projectId = (made.data as { id: string }).id;
  // two parcels beside a demo parcel of Văn Giang, imported by its officer
  const [lat, lng] = centre(await findParcel("admin_unit_id=eq.326"));
  const officer = await adminClient(DEMO_ACCOUNTS.officerVanGiang.email);
  const rows = [1, 2].map((i) => ({
    row: i, map_sheet: SHEET, parcel_no: String(i), land_type: "LUC", area_m2: 460,
    geom: square(lng + i * 0.0003, lat + 0.002), source_geom: null, owner_name: null, household: null,
  }));
  const imported = await officer.rpc("import_parcels", { p_import: {
    file_name: "thua.geojson", format: "geojson", crs: "WGS 84", crs_proj4: null, axis_swapped: false, encoding: null,
    mapping: {}, project_id: projectId, dry_run: false, rows,
  } });
  if (imported.error || !(imported.data as { committed: boolean }).committed) {
    throw new Error(`the test's parcels: ${imported.error?.message ?? JSON.stringify(imported.data)}`);
  }
  const parcel = await admin.from("parcels").select("commune_id,district_id").eq("project_id", projectId).limit(1).single();
  const unitId = (parcel.data as { commune_id: string | null; district_id: string | null }).commune_id
    ?? (parcel.data as { district_id: string }).district_id;
  const unit = await admin.from("admin_units").select("name").eq("id", unitId).single();
  unitName = (unit.data as { name: string }).name;
});

afterAll(async () => {
  if (projectId) await admin.from("projects").update({ retired_at: new Date().toISOString(), retired_reason: "e2e household import test" }).eq("id", projectId);
  await browser?.close();
});

const HEADER = ["STT", "Xã/phường", "Tờ bản đồ", "Số thửa", "Họ tên chủ hộ", "Số CCCD", "Tỷ lệ (%)", "Nguồn gốc", "Bồi thường đất (đồng)", "Căn cứ"];

/** The list: row 3 of the sheet holds Bình, with `binhId` as her ID number. */
function listRows(binhId: string): string[][] {
  return [
    HEADER,
    ["1", unitName, SHEET, "1", "Hộ ông Nguyễn Văn An", ID_AN, "100", "Giao đất", "150.000.000", "QĐ 12/2025/QĐ-UBND"],
    ["2", unitName, SHEET, "2", "Hộ bà Trần Thị Bình", binhId, "100", "Công nhận", "90.000.000", ""],
  ];
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  // a title row above the headers, as real lists have
  const data = [[{ value: "DANH SÁCH HỘ DÂN", type: String }], ...rows.map((r) => r.map((value) => ({ value, type: String })))];
  return writeXlsxFile(data as never).toBuffer();
}

function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((r) => r.map((v) => (v.includes(";") ? `"${v}"` : v)).join(";")).join("\r\n")}\r\n`, "utf8");
}

async function openUpload(page: Page) {
  await page.goto(`${APP_URL}/households/import`);
  const gate = page.getByRole("region", { name: "Cần đăng nhập" });
  await gate.waitFor();
  await gate.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.officerVanGiang.email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.locator("form").getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("heading", { name: "1. Dự án và tệp danh sách" }).waitFor();
  await page.getByLabel("Dự án", { exact: true }).selectOption({ label: `${PROJECT_CODE} – ${PROJECT_NAME}` });
  await page.getByLabel("Đợt của phương án (nếu tệp có số tiền)").fill("Đợt 1");
}

async function choose(page: Page, name: string, buffer: Buffer) {
  const mimeType = name.endsWith(".csv") ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page.getByLabel("Chọn tệp (.xlsx hoặc .csv)").setInputFiles({ name, mimeType, buffer });
  await page.getByText(`Đã đọc ${name}: 2 dòng dữ liệu`).waitFor({ timeout: 30_000 });
}

describe("household list upload", () => {
  it("shows the officer the bad row, then writes the fixed list and links to the households", async () => {
    const page = await newPage(browser);
    await openUpload(page);
    await shot(page, "household-import-1-file-desktop");

    await choose(page, "danh-sach-ho.xlsx", await xlsx(listRows("12345")));
    await page.getByText("(tiêu đề ở dòng 2)").waitFor();
    // the columns found by their Vietnamese headers, the first row's value beside each
    await expect.poll(() => page.getByLabel("Số CCCD / mã số thuế").inputValue()).toBe("5");
    await expect.poll(() => page.getByLabel("Bồi thường đất (đồng)").inputValue()).toBe("8");
    await page.getByText(`Dòng 3: ${ID_AN}`).waitFor();
    await page.getByRole("button", { name: "Kiểm tra danh sách" }).click();
    const problems = page.getByRole("list", { name: "Lỗi cần sửa trong tệp" });
    await problems.waitFor();
    const items = problems.locator(":scope > li");
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => items.first().innerText()).toContain("Dòng 4");
    await expect.poll(() => items.first().innerText()).toContain("Số CCCD/mã số thuế “12345” không hợp lệ");
    expect(await page.getByRole("button", { name: "Ghi danh sách" }).isDisabled()).toBe(true);
    await shot(page, "household-import-2-problem-desktop");
    expect(await seriousViolations(page)).toEqual([]);

    // fixed, and sent as CSV this time
    await choose(page, "danh-sach-ho-da-sua.csv", csv(listRows(ID_BINH)));
    await page.getByRole("button", { name: "Kiểm tra danh sách" }).click();
    await page.getByText("Không có lỗi: danh sách sẵn sàng để ghi.").waitFor();
    await page.getByText(`Ghi 2 dòng vào dự án ${PROJECT_CODE} – ${PROJECT_NAME}: 2 hộ mới, 0 hộ đã có.`).waitFor();
    await page.getByRole("button", { name: "Ghi danh sách" }).click();
    await page.getByText("Đã ghi: 2 dòng, 2 hộ mới, 0 hộ đã có, 2 khoản tiền.").waitFor();
    const link = page.getByRole("link", { name: "Hộ bà Trần Thị Bình" });
    // leaders read every household (the demo admin is no leader)
    const leader = await adminClient(DEMO_ACCOUNTS.leader.email);
    const { data: parties } = await leader.from("parties").select("id,id_number").in("id_number", [ID_AN, ID_BINH]);
    const binh = (parties as { id: string; id_number: string }[] | null)?.find((p) => p.id_number === ID_BINH);
    expect(binh).toBeDefined();
    expect(await link.getAttribute("href")).toBe(`/households/${binh!.id}`);
    await shot(page, "household-import-3-done-desktop");
    await page.context().close();
  });

  it("downloads a template whose headers the page matches", async () => {
    const page = await newPage(browser);
    await openUpload(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("mau-danh-sach-ho.xlsx");
    const file = join(mkdtempSync(join(tmpdir(), "gpmb-ho-")), "mau.xlsx");
    await download.saveAs(file);
    const sheet = await readSheet(file);
    expect(sheet[0]).toEqual([...TEMPLATE_HEADERS]);
    await page.context().close();
  });

  it("fits a 360 px phone", async () => {
    const page = await newPage(browser, PHONE);
    await openUpload(page);
    await choose(page, "danh-sach-ho-dt.xlsx", await xlsx(listRows("12345")));
    await page.getByRole("button", { name: "Kiểm tra danh sách" }).click();
    await page.getByRole("list", { name: "Lỗi cần sửa trong tệp" }).waitFor();
    await shot(page, "household-import-4-problem-phone");
    await page.getByRole("region", { name: "3. Kiểm tra" }).screenshot({ path: `${SHOTS}/household-import-4a-check-phone.png` });
    await page.getByRole("region", { name: "2. Các cột của tệp" }).screenshot({ path: `${SHOTS}/household-import-4b-columns-phone.png` });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});
