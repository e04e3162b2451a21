// The draft plan's 30-day posting (Art. 87) in the meeting view, in Chromium against the real
// backend: the Văn Giang officer records a plan batch of Ring Road 4 whose draft was posted for
// 18 days and approved on the 20th (through record_household_events, as the household page
// does); the leader's "Hạn luật định" lists it as 12 days short, and the public sees no list.
// Screenshots at 1280 px and 360 px go to tests/artifacts/screenshots/plan-postings-*.png.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../supabase/seed/demo-accounts";
import { APP_URL, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { adminClient } from "./support/admin";

const BATCH = `E2E-niêm-yết-${randomUUID().slice(0, 6)}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  const officer = await adminClient(DEMO_ACCOUNTS.officerVanGiang.email);
  const { data: projects } = await officer.from("projects").select("id").eq("code", "VD4-HY");
  const projectId = (projects as { id: string }[])[0]!.id;
  const { data, error } = await officer.rpc("record_household_events", {
    events: [{ event_id: randomUUID(), kind: "plan.save", id: randomUUID(), data: {
      project_id: projectId, batch: BATCH, posted_from: "2026-09-01", posted_to: "2026-09-19",
      decision_no: "77/QĐ-UBND", decision_date: "2026-09-21", note: null } }],
  });
  if (error) throw new Error(error.message);
  const answers = (typeof data === "string" ? JSON.parse(data) : data) as { status: string; message: string }[];
  expect(answers.map((a) => a.status)).toEqual(["applied"]);
});

afterAll(async () => {
  await browser?.close();
});

describe("the draft plan's posting in the legal deadlines", () => {
  it("lists a batch approved before its draft had been posted 30 days, for the leader only", async () => {
    const page = await newPage(browser);
    await page.goto(`${APP_URL}/meeting/deadlines`);
    const section = page.getByRole("region", { name: "Niêm yết dự thảo phương án đủ 30 ngày" });
    await section.getByText("Danh sách đợt phương án chỉ dành cho cán bộ và lãnh đạo đã đăng nhập.").waitFor();
    expect(await page.getByText(BATCH).count()).toBe(0);

    await signIn(page, DEMO_ACCOUNTS.leader.email);
    const row = section.getByRole("row").filter({ hasText: BATCH });
    await row.waitFor();
    const text = await row.innerText();
    // posted 1–19 September and approved on the 21st: the 30 days end on 1 October, 12 days later
    expect(text).toContain("01/09/2026");
    expect(text).toContain("21/09/2026");
    expect(text).toContain("01/10/2026");
    expect(text).toContain("77/QĐ-UBND");
    expect(text).toMatch(/\b12\b/);
    expect(await page.getByText("Chưa kiểm tra được: Dự thảo phương án").count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await shot(page, "plan-postings-desktop");
    await page.setViewportSize(PHONE);
    await section.scrollIntoViewIfNeeded();
    await shot(page, "plan-postings-phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});
