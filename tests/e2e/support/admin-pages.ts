// The admin pages driven as an admin would, for tests whose story starts there (a project made on
// the admin page, then used elsewhere). tests/e2e/admin.test.ts tests the pages themselves.
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../../supabase/seed/demo-accounts";
import { APP_URL, newPage, signIn } from "./browser";

export interface NewProject {
  readonly code: string;
  readonly name: string;
  /** A project kind id (src/domain/project-kinds.ts). */
  readonly kind: string;
  /** The legal area to clear as typed on the form, in hectares ("0,5"). */
  readonly areaHa: string;
}

/** Signs in as the demo admin in a page of its own, adds a planned project on Quản trị → Dự án, and closes the page. */
export async function createProjectOnAdminPage(browser: Browser, project: NewProject): Promise<void> {
  const page = await newPage(browser);
  try {
    await page.goto(`${APP_URL}/admin/projects`);
    await signIn(page, DEMO_ACCOUNTS.admin.email);
    await page.getByRole("heading", { name: "Quản trị", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Thêm dự án" }).click();
    await page.getByLabel("Loại dự án").selectOption(project.kind);
    await page.getByLabel("Mã dự án").fill(project.code);
    await page.getByLabel("Tên dự án").fill(project.name);
    await page.getByLabel("Diện tích đất phải giải phóng mặt bằng (theo văn bản pháp lý)").fill(project.areaHa);
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText(`Đã thêm dự án ${project.code}.`).waitFor();
  } finally {
    await page.context().close();
  }
}
