// The admin pages in Chromium against the real backend: an admin creates a project (its outline
// drawn on the draw map), edits it, reads its audit history and retires it; a leader sees the pages
// read-only; the accounts page grants a role to an email and shows it pending. What a test changes
// in the shared database it puts back (the project is deleted, the grant revoked). Screenshots of
// every section and form at 1280 px and 360 px go to tests/artifacts/screenshots/admin-*.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../supabase/seed/demo-accounts";
import { APP_URL, DESKTOP, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { adminClient } from "./support/admin";
import { seriousViolations } from "./support/axe";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";
const tag = randomUUID().slice(0, 6).toUpperCase();
const CODE = `E2E-${tag}`;
const EMAIL = `moi.${tag.toLowerCase()}@example.vn`;

interface ApiProject { id: string; name: string; area_to_clear_m2: number | string; status: string; decision_no: string | null;
  geom: { type: string; coordinates: number[][][] } | null; retired_at: string | null; retired_reason: string | null }

async function projectByCode(code: string): Promise<ApiProject | undefined> {
  const res = await fetch(`${APP_URL}/rest/v1/projects?select=id,name,area_to_clear_m2,status,decision_no,geom,retired_at,retired_reason&code=eq.${encodeURIComponent(code)}`,
    { headers: { apikey: KEY } });
  return ((await res.json()) as ApiProject[])[0];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // put back: the project made here, and any grant left by a failed run
  const admin = await adminClient();
  await admin.from("projects").delete().eq("code", CODE);
  const { data } = await admin.rpc("admin_accounts");
  for (const row of (data ?? []) as { id: string; email: string; role: string }[]) {
    if (row.email === EMAIL || (row.email === DEMO_ACCOUNTS.officerVanLam.email && row.role === "leader")) {
      await admin.rpc("revoke_role", { p_membership_id: row.id });
    }
  }
  await browser?.close();
});

async function openAdmin(page: Page, email: string, section = "projects"): Promise<void> {
  await page.goto(`${APP_URL}/admin/${section}`);
  await signIn(page, email);
  await page.getByRole("heading", { name: "Quản trị", level: 1 }).waitFor();
}

/** Clicks the draw map at fractions of its width and height. */
async function clickMap(page: Page, points: [number, number][]): Promise<void> {
  const map = page.locator(".draw-map-box .leaflet-container");
  await map.waitFor();
  const box = await map.boundingBox();
  if (!box) throw new Error("no draw map");
  for (const [fx, fy] of points) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    await page.waitForTimeout(150);
  }
}

describe("the admin pages", () => {
  it("let an admin create a project with a drawn outline, edit it, read its history and retire it", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAdmin(page, DEMO_ACCOUNTS.admin.email);
    await page.getByRole("cell", { name: "CCN-01", exact: true }).waitFor();
    await shot(page, "admin-projects-desktop");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Thêm dự án" }).click();
    await page.getByLabel("Loại dự án").selectOption("industrial_cluster");
    await page.getByLabel("Mã dự án").fill(CODE);
    await page.getByLabel("Tên dự án").fill(`Cụm công nghiệp thử ${tag}`);
    await page.getByLabel("Chủ đầu tư").fill("Công ty thử nghiệm");
    await page.getByLabel("Diện tích đất phải giải phóng mặt bằng (theo văn bản pháp lý)").fill("12,5");
    await page.getByLabel("Trạng thái dự án").selectOption("under_clearance");
    // a status past "planned" without its decision: refused on the page, with why
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Trạng thái khác “Trong kế hoạch” cần có quyết định").waitFor();
    expect(await projectByCode(CODE)).toBeUndefined();

    await page.getByLabel("Loại quyết định").selectOption("establishment");
    await page.getByLabel("Số quyết định").fill(`12/QĐ-UBND-${tag}`);
    await page.getByLabel("Ngày quyết định").fill("2024-03-15");
    await clickMap(page, [[0.45, 0.45], [0.55, 0.45], [0.55, 0.55], [0.45, 0.55]]);
    await page.getByText("4 đỉnh").waitFor();
    await page.getByRole("button", { name: "Hoàn tác đỉnh cuối" }).click();
    await page.getByText("3 đỉnh").waitFor();
    await clickMap(page, [[0.45, 0.55]]);
    await page.getByRole("button", { name: "Khép kín vùng" }).click();
    await page.getByText("Vùng đã khép kín (4 đỉnh).").waitFor();
    await shot(page, "admin-project-form-desktop");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText(`Đã thêm dự án ${CODE}.`).waitFor();

    const created = await projectByCode(CODE);
    expect(created).toMatchObject({ status: "under_clearance", decision_no: `12/QĐ-UBND-${tag}`, retired_at: null });
    expect(Number(created!.area_to_clear_m2)).toBe(125_000);
    expect(created!.geom?.type).toBe("Polygon");
    expect(created!.geom?.coordinates[0]).toHaveLength(5);
    await page.getByRole("link", { name: "Nhập ranh giới hoặc tim tuyến từ tệp" }).getAttribute("href")
      .then((href) => expect(href).toBe(`/import?layer=project_geometry&project=${created!.id}`));

    await page.getByLabel("Tên dự án").fill(`Cụm công nghiệp thử ${tag} (sửa)`);
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText(`Đã lưu dự án ${CODE}.`).waitFor();
    const history = page.getByRole("region", { name: "Lịch sử thay đổi" });
    await history.getByText(`Cụm công nghiệp thử ${tag} (sửa)`).waitFor();
    const text = await history.innerText();
    expect(text).toContain("Sửa");
    expect(text).toContain("Tạo mới");
    expect(text).toContain(DEMO_ACCOUNTS.admin.email);

    await page.getByRole("button", { name: "Dừng dự án" }).click();
    await page.getByText("Hãy ghi lý do dừng dự án.").waitFor();
    await page.getByLabel("Lý do dừng").fill("Dừng thử nghiệm tự động");
    await page.getByRole("button", { name: "Dừng dự án" }).click();
    await page.getByText(`Đã dừng dự án ${CODE}.`).waitFor();
    await page.getByText("Lý do: Dừng thử nghiệm tự động").waitFor();
    expect(await projectByCode(CODE)).toMatchObject({ retired_reason: "Dừng thử nghiệm tự động" });
    await shot(page, "admin-project-retired-desktop");

    // the list shows it apart, among the retired
    await page.getByRole("button", { name: "← Về danh sách dự án" }).click();
    await page.getByText(/^Dự án đã dừng \(\d+\)$/).click();
    await page.locator(".admin-retired").getByRole("cell", { name: CODE, exact: true }).waitFor();

    // the audit log lists the changes, newest first, filtered by table
    await page.getByRole("link", { name: "Nhật ký" }).click();
    await page.getByLabel("Loại đối tượng").selectOption("projects");
    await page.getByLabel("Người thay đổi (email)").fill("admin@");
    const first = page.locator(".audit-list > li").first();
    await first.getByText(CODE, { exact: false }).waitFor();
    expect(await first.innerText()).toContain("Dừng thử nghiệm tự động");
    await shot(page, "admin-audit-desktop");
    await page.context().close();
  });

  it("show a leader every page read-only", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAdmin(page, DEMO_ACCOUNTS.leader.email);
    await page.getByText("Bạn đang xem với vai trò lãnh đạo: chỉ xem").waitFor();
    await page.getByRole("cell", { name: "CCN-01", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Thêm dự án" }).count()).toBe(0);
    await page.getByRole("button", { name: "Xem dự án CCN-01" }).click();
    await expect(page.getByLabel("Tên dự án").isDisabled()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: "Lưu" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Dừng dự án" }).count()).toBe(0);
    await page.getByRole("region", { name: "Lịch sử thay đổi" }).getByText("Tạo mới").first().waitFor();
    await shot(page, "admin-leader-project-desktop");
    await page.getByRole("link", { name: "Chỉ tiêu" }).click();
    await page.getByRole("button", { name: /^Xem chỉ tiêu/ }).first().waitFor();
    expect(await page.getByRole("button", { name: "Thêm chỉ tiêu" }).count()).toBe(0);
    await page.getByRole("link", { name: "Tài khoản" }).click();
    await page.getByText("chỉ quản trị viên được xem").waitFor();
    expect(await page.getByLabel("Email").count()).toBe(0);
    await shot(page, "admin-leader-accounts-desktop");
    await page.context().close();
  });

  it("grant a role to an email, shown pending, and refuse the admin's own", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAdmin(page, DEMO_ACCOUNTS.admin.email, "accounts");
    const form = page.getByRole("form", { name: "Cấp vai trò cho một email" });
    await form.getByLabel("Email").fill(DEMO_ACCOUNTS.admin.email);
    await form.getByLabel("Vai trò").selectOption("leader");
    await form.getByRole("button", { name: "Cấp vai trò" }).click();
    await form.getByText("Đây là email của chính bạn").waitFor();

    await form.getByLabel("Email").fill(EMAIL);
    await form.getByLabel("Vai trò").selectOption("officer");
    await form.getByRole("button", { name: "Cấp vai trò" }).click();
    await form.getByText("Cán bộ địa chính phải có địa bàn").waitFor();
    await form.getByLabel("Địa bàn").selectOption("326");
    await form.getByRole("button", { name: "Cấp vai trò" }).click();
    await form.getByText(`Đã cấp vai trò cho ${EMAIL}: chờ người đó đăng nhập.`).waitFor();
    const row = page.getByRole("row").filter({ hasText: EMAIL });
    await row.getByText("Chờ đăng nhập").waitFor();
    expect(await row.innerText()).toContain("Huyện Văn Giang (326)");
    const own = page.getByRole("row").filter({ hasText: DEMO_ACCOUNTS.admin.email });
    expect(await own.innerText()).toContain("không ai được tự đổi vai trò");
    expect(await own.getByRole("button").count()).toBe(0);
    await shot(page, "admin-accounts-desktop");

    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: /^Thu hồi vai trò/ }).click();
    await page.getByText(`Đã thu hồi vai trò của ${EMAIL}.`).waitFor();
    expect(await page.getByRole("row").filter({ hasText: EMAIL }).count()).toBe(0);
    await page.context().close();
  });

  it("make a role given to a demo officer's email count once that officer signs in (claimed by the app)", async () => {
    const officer = DEMO_ACCOUNTS.officerVanLam.email;
    const admin = await newPage(browser, DESKTOP);
    await openAdmin(admin, DEMO_ACCOUNTS.admin.email, "accounts");
    const form = admin.getByRole("form", { name: "Cấp vai trò cho một email" });
    await form.getByLabel("Email").fill(officer);
    await form.getByLabel("Vai trò").selectOption("leader");
    await form.getByRole("button", { name: "Cấp vai trò" }).click();
    // pending when the officer has not signed in in this run yet, active at once when they have
    await form.getByText(`Đã cấp vai trò cho ${officer}`).waitFor();
    const leaderRow = admin.getByRole("row").filter({ hasText: officer }).filter({ hasText: "Lãnh đạo" });
    const wasPending = (await leaderRow.innerText()).includes("Chờ đăng nhập");

    const person = await newPage(browser, DESKTOP);
    await person.goto(APP_URL);
    await signIn(person, officer);
    // leaders (and only they, of this officer's roles) get the admin pages' link
    await person.getByRole("navigation", { name: "Trang" }).getByRole("link", { name: "Quản trị" }).waitFor();
    await person.context().close();

    await admin.reload();
    await admin.getByRole("row").filter({ hasText: officer }).filter({ hasText: "Lãnh đạo" }).getByText("Đang hiệu lực").waitFor();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("row").filter({ hasText: officer }).filter({ hasText: "Lãnh đạo" }).getByRole("button", { name: /^Thu hồi/ }).click();
    await admin.getByText(`Đã thu hồi vai trò của ${officer}.`).waitFor();
    expect(await admin.getByRole("row").filter({ hasText: officer }).filter({ hasText: "Lãnh đạo" }).count()).toBe(0);
    console.log(`the grant to ${officer} was ${wasPending ? "pending until the sign-in" : "active at once (signed in before)"}`);
    await admin.context().close();
  });

  it("tell the public and roleless users why they cannot see the pages", async () => {
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${APP_URL}/admin`);
    await page.getByText("Trang quản trị dành cho quản trị viên và lãnh đạo. Hãy đăng nhập.").waitFor();
    await page.context().close();
  });

  it("fit every section and form at 1280 px and 360 px (screenshots)", async () => {
    for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      const page = await newPage(browser, viewport);
      await openAdmin(page, DEMO_ACCOUNTS.admin.email);
      await page.locator(".admin-table").getByText("CCN-01", { exact: true }).waitFor();
      if (size === "phone") await shot(page, "admin-projects-phone");
      await page.getByRole("button", { name: "Sửa dự án VD4-HY" }).click();
      await page.locator(".draw-map-box .leaflet-container").waitFor();
      await page.waitForTimeout(500);
      await shot(page, `admin-project-road-${size}`);
      if (size === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await page.getByRole("link", { name: "Chỉ tiêu" }).click();
      await page.getByRole("button", { name: /^Sửa chỉ tiêu/ }).first().waitFor();
      await shot(page, `admin-targets-${size}`);
      await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
      await page.getByRole("button", { name: "Lưu" }).click();
      await page.getByText("Chỉ tiêu mới phải ghi văn bản giao chỉ tiêu").waitFor();
      await shot(page, `admin-target-form-${size}`);
      await page.getByRole("link", { name: "Đơn vị hành chính" }).click();
      await page.getByRole("button", { name: "Sửa Huyện Văn Giang" }).click();
      await page.getByLabel("Tên đơn vị").waitFor();
      await shot(page, `admin-units-${size}`);
      await page.getByRole("link", { name: "Tài khoản" }).click();
      await page.locator(".admin-table").getByText(DEMO_ACCOUNTS.admin.email).waitFor();
      if (size === "phone") await shot(page, "admin-accounts-phone");
      await page.getByRole("link", { name: "Nhật ký" }).click();
      await page.locator(".audit-list > li").first().waitFor();
      if (size === "phone") await shot(page, "admin-audit-phone");
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
