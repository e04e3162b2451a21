// The project's graves and utilities page (/households/items) in Chromium against the real
// backend: the Văn Giang officer picks Ring Road 4, sees its 22 kV line in Văn Giang with the
// demo seed's total and progress, is refused a figure above the total, records today's figure
// and sees it in the table; the entry is deleted again afterwards. The leader reads the page
// without the record buttons. Screenshots at 1280 px and 360 px go to
// tests/artifacts/screenshots/project-items-*.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../supabase/seed/demo-accounts";
import { APP_URL, launch, newPage, shot, signIn } from "./support/browser";
import { adminClient } from "./support/admin";

interface ItemRow { id: string; name: string; kind: string; unit: string; total: number | string; done: number | string | null; can_edit: boolean }

const LINE_NAME = "Đường dây điện 22 kV, Huyện Văn Giang";
// Hưng Yên's calendar day: the page refuses a figure dated after it
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

let browser: Browser;
let officer: SupabaseClient;
let projectId: string;
let line: ItemRow;

function rows<T>(data: unknown): T[] {
  return (typeof data === "string" ? JSON.parse(data) : data) as T[];
}

beforeAll(async () => {
  browser = await launch();
  officer = await adminClient(DEMO_ACCOUNTS.officerVanGiang.email);
  const { data: projects } = await officer.from("projects").select("id").eq("code", "VD4-HY");
  projectId = (projects as { id: string }[])[0]!.id;
  const { data, error } = await officer.rpc("project_items_list", { p_project_id: projectId });
  if (error) throw new Error(error.message);
  const found = rows<ItemRow>(data).find((r) => r.name === LINE_NAME);
  if (!found) throw new Error(`the demo seed has no "${LINE_NAME}"`);
  line = found;
});

afterAll(async () => {
  const { data } = await officer.from("project_item_progress").select("id, version").eq("item_id", line.id).eq("as_of", today);
  for (const entry of (data ?? []) as { id: string; version: number }[]) {
    await officer.rpc("record_household_events", {
      events: [{ event_id: randomUUID(), kind: "item_progress.delete", id: entry.id, expected_version: entry.version }],
    });
  }
  await browser?.close();
});

describe("the graves and utilities to move", () => {
  it("let the officer of the area record a dated figure, never above the total", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/households/items`);
    await signIn(page, DEMO_ACCOUNTS.officerVanGiang.email);
    await page.getByLabel("Dự án").selectOption(projectId);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: LINE_NAME }) });
    await row.waitFor();
    const total = Number(line.total);
    const done = Math.min(total, Math.round(Number(line.done ?? 0)) + 10);
    expect(await row.innerText()).toContain(new Intl.NumberFormat("vi-VN").format(total));
    expect(await row.innerText()).toContain("Huyện Văn Giang");

    await row.getByRole("button", { name: `Ghi tiến độ: ${LINE_NAME}` }).click();
    const form = page.getByRole("form", { name: `Tiến độ của ${LINE_NAME}` });
    await form.getByLabel("Ngày", { exact: true }).fill(today);
    await form.getByLabel("Số đã di dời đến ngày đó (cộng dồn)").fill(String(total + 1));
    await form.getByRole("button", { name: "Lưu" }).click();
    await form.getByText("Không được lớn hơn tổng số của hạng mục.").waitFor();
    await shot(page, "project-items-error-desktop");
    await form.getByLabel("Số đã di dời đến ngày đó (cộng dồn)").fill(String(done));
    await form.getByRole("button", { name: "Lưu" }).click();
    await form.waitFor({ state: "detached" });
    const [y, m, d] = today.split("-");
    await row.getByText(`${d}/${m}/${y}`).waitFor();
    expect(await row.innerText()).toContain(`${new Intl.NumberFormat("vi-VN").format(done)} m`);

    const { data } = await officer.rpc("project_items_list", { p_project_id: projectId });
    expect(Number(rows<ItemRow>(data).find((r) => r.id === line.id)!.done)).toBe(done);
    // the officer of the district adds items in it (the demo's units are districts)
    await page.getByRole("form", { name: "Thêm hạng mục phải di dời" }).getByLabel("Địa bàn (xã hoặc huyện)")
      .locator("option", { hasText: "Huyện Văn Giang" }).waitFor({ state: "attached" });
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, "project-items-phone");
    await page.context().close();
  });

  it("show the leader the same figures without the record buttons", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/households/items`);
    await signIn(page, DEMO_ACCOUNTS.leader.email);
    await page.getByLabel("Dự án").selectOption(projectId);
    await page.getByRole("rowheader", { name: LINE_NAME }).waitFor();
    expect(await page.getByRole("button", { name: /^Ghi tiến độ:/ }).count()).toBe(0);
    // the totals per kind above the list add up the same rows the API gives
    const leader = await adminClient(DEMO_ACCOUNTS.leader.email);
    const { data } = await leader.rpc("project_items_list", { p_project_id: projectId });
    const graves = rows<ItemRow>(data).filter((r) => r.kind === "grave");
    const vi = new Intl.NumberFormat("vi-VN");
    const totals = page.getByRole("table", { name: "Tổng theo loại" });
    const graveRow = totals.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Mộ", exact: true }) });
    const cells = await graveRow.getByRole("cell").allInnerTexts();
    expect(cells.slice(0, 3)).toEqual([
      vi.format(graves.length),
      vi.format(graves.reduce((sum, r) => sum + Number(r.total), 0)),
      vi.format(graves.reduce((sum, r) => sum + Number(r.done ?? 0), 0)),
    ]);
    expect(await page.getByRole("form", { name: "Thêm hạng mục phải di dời" }).count()).toBe(0);
    await shot(page, "project-items-leader-desktop");
    await page.context().close();
  });
});
