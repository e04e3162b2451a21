// The progress panel as of a chosen day: a leader picks 31/12/2024 and the whole panel (totals,
// tables, targets) shows the figures at the end of that day, as progress_as_of and
// target_progress compute them, unmoved by what is recorded today; "Về hôm nay" brings back the
// live figures; a day to come is refused in words; a link with ?d= opens on that day. The
// expected figures come from the API, not from the test.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { SupabaseClient } from "@supabase/supabase-js";
import type { Browser, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage, shot, signIn } from "./support/browser";
import type { ApiParcel, ApiProgressRow, ApiTarget } from "./support/api";
import { findParcel, formatHa, parcelsById, progressAsOf, progressSummary, targetProgress } from "./support/api";
import { adminClient } from "./support/admin";
import { seriousViolations } from "./support/axe";
import { KIND_NAMES, STATUS_WORDS, shownActual, vi } from "./support/targets";

const DAY = "2024-12-31";
/** The end of DAY in Hưng Yên, as the panel asks progress_as_of for it (src/domain/as-of-day.ts). */
const END_OF_DAY = "2024-12-31T23:59:59.999999+07:00";
const NOTICE = "Đang xem số liệu đến hết ngày 31/12/2024";
const LABEL = "Số liệu đến ngày";
const OFFICER = "canbo.vangiang@gpmb.local";
const CLUSTER = "CCN Tân Tiến"; // an industrial cluster with parcels in the officer's Văn Giang

let browser: Browser;
let officer: SupabaseClient;
beforeAll(async () => {
  [browser, officer] = await Promise.all([launch(), adminClient(OFFICER)]);
});
afterAll(async () => {
  await browser?.close();
});

/** Today in Hưng Yên, "YYYY-MM-DD", and the day after. */
function vietnamDays(): { today: string; tomorrow: string } {
  const day = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
  return { today: day(Date.now()), tomorrow: day(Date.now() + 86_400_000) };
}

/** Signs in as the leader at `path` and waits for the panel's targets. */
async function openAsLeader(page: Page, path = ""): Promise<void> {
  await page.goto(`${APP_URL}${path}`);
  await signIn(page, "lanhdao@gpmb.local");
  await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 60_000 });
  await page.locator(".target-row").first().waitFor({ timeout: 30_000 });
}

async function chooseDay(page: Page, day: string): Promise<void> {
  await page.getByLabel(LABEL).fill(day);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
}

/**
 * The open table shows each row's area handed over of its base (the legal area, or the parcels
 * entered where there is none, as by admin unit), its parcels and blocked parcels as `rows` say.
 * Rows are found by their name: a kind's in Vietnamese, else the row's own.
 */
async function expectTable(page: Page, rows: readonly ApiProgressRow[], nameOf = (r: ApiProgressRow) => KIND_NAMES[r.key]!): Promise<void> {
  for (const r of rows) {
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: nameOf(r), exact: true }) });
    await row.first().waitFor();
    const toClear = Number(r.area_to_clear_m2 ?? 0);
    const base = toClear > 0 ? toClear : Number(r.total_area_m2);
    const digits = base > 0 && base < 10_000 ? 2 : 1;
    await expect.poll(() => row.locator(".summary-table__area").innerText(), { timeout: 10_000 })
      .toBe(`${vi(Number(r.cleared_area_m2) / 10_000, digits)} / ${vi(base / 10_000, digits)}\u00a0ha`);
    expect(await row.locator(".summary-table__parcels").innerText()).toContain(
      `${vi(Number(r.cleared_parcels), 0)} / ${vi(Number(r.parcels), 0)}`);
    // the first word: on a phone the cell adds "vướng mắc" after the number
    expect((await row.locator(".summary-table__blocked").innerText()).trim().split(/\s/)[0]).toBe(vi(Number(r.blocked_parcels), 0));
  }
}

/** The province card "Diện tích đã bàn giao" shows the cleared area of `province`. */
async function expectTotals(page: Page, province: ApiProgressRow): Promise<void> {
  const card = page.locator(".stat-card").filter({ hasText: "Diện tích đã bàn giao" });
  await expect.poll(() => card.locator(".stat-card__value").innerText(), { timeout: 10_000 })
    .toBe(`${formatHa(Number(province.cleared_area_m2))}\u00a0ha`);
}

/** The cluster area target (300–500 ha in 2024) shows the status and actual value of `target`. */
async function expectClusterTarget(page: Page, target: ApiTarget): Promise<void> {
  const row = page.getByRole("list", { name: `Mục tiêu của ${KIND_NAMES.industrial_cluster}` })
    .getByRole("listitem").filter({ hasText: target.name });
  await expect.poll(async () => {
    const text = await row.innerText();
    return text.includes(STATUS_WORDS[target.status]) && text.includes(shownActual(target)!);
  }, { timeout: 10_000 }).toBe(true);
}

function clusterAreaTarget(targets: readonly ApiTarget[]): ApiTarget {
  const target = targets.find((t) => t.scope_kind === "industrial_cluster" && t.measure === "cleared_area_ha" &&
    t.scope_project_id === null && t.scope_admin_unit_id === null);
  if (!target) throw new Error("no cluster area target");
  return target;
}

/** The officer moves a parcel to `stage`, with a note when it goes back, dated now. */
async function move(parcel: ApiParcel, stage: string, note?: string): Promise<void> {
  const { data, error } = await officer.rpc("record_parcel_events", {
    events: [{ event_id: crypto.randomUUID(), parcel_id: parcel.id, expected_version: parcel.version, to_stage: stage, note }],
  });
  if (error) throw new Error(`record_parcel_events: ${error.message}`);
  expect((data as { status: string }[])[0]?.status).toBe("applied");
}

/** The panel's requests to progress_as_of and target_progress from now on, by time. */
function recordFigureRequests(page: Page): { asOf: number[]; pastTargets: number[] } {
  const seen = { asOf: [] as number[], pastTargets: [] as number[] };
  page.on("request", (req) => {
    if (req.url().includes("/rpc/progress_as_of")) seen.asOf.push(Date.now());
    if (req.url().includes("/rpc/target_progress") && (req.postData() ?? "").includes(DAY)) seen.pastTargets.push(Date.now());
  });
  return seen;
}

describe("the progress panel as of a chosen day", () => {
  it("shows 31/12/2024 whole, unmoved by a handover today, and 'Về hôm nay' brings back the live figures (1280 px)", async () => {
    const [kindThen, provinceThen, targetsThen] = await Promise.all([
      progressAsOf(END_OF_DAY, "kind"), progressAsOf(END_OF_DAY, "province"), targetProgress(DAY),
    ]);
    const page = await newPage(browser, DESKTOP);
    const requests = recordFigureRequests(page);
    await openAsLeader(page);
    await chooseDay(page, DAY);
    await page.getByText(NOTICE).waitFor();
    // the map is of that day too (tests/e2e/past-map.test.ts), and the notice says so
    await page.getByText("Bản đồ (màu các thửa, tiến độ dự án) và các bảng đều hiện như đến hết ngày đó.", { exact: false }).waitFor();
    // the link follows a moment later (the URL is written 300 ms after the last change)
    await expect.poll(() => new URL(page.url()).searchParams.get("d")).toBe(DAY);
    // while a past day is shown, nothing says "live"
    await expect(page.getByText("Trực tiếp", { exact: true }).count()).resolves.toBe(0);
    await expectTotals(page, provinceThen[0]!);
    await expectTable(page, kindThen);
    await expectClusterTarget(page, clusterAreaTarget(targetsThen));
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/as-of-leader-desktop.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // a handover today: the live figures grow, the end of 2024 does not, and the panel asks nothing again
    const { data: projects } = await officer.from("projects").select("id").eq("name", CLUSTER);
    const parcel = await findParcel(`project_id=eq.${(projects as { id: string }[])[0]!.id}&admin_unit_id=eq.326&stage=eq.compensated&blocked=is.false`);
    const changedAt = Date.now();
    const liveRefetch = page.waitForResponse((res) => res.url().includes("/rpc/progress_summary") && Date.now() > changedAt, { timeout: 15_000 });
    await move(parcel, "handed_over");
    try {
      const kindNow = await progressSummary("kind");
      const clusterNow = kindNow.find((r) => r.key === "industrial_cluster")!;
      const clusterThen = kindThen.find((r) => r.key === "industrial_cluster")!;
      expect(Number(clusterNow.cleared_area_m2) - Number(clusterThen.cleared_area_m2)).toBeCloseTo(Number(parcel.area_m2), 1);
      await liveRefetch; // the change feed saw the handover and refreshed today's figures (the map's)
      await page.waitForTimeout(500);
      expect(requests.asOf.filter((at) => at > changedAt)).toEqual([]);
      expect(requests.pastTargets.filter((at) => at > changedAt)).toEqual([]);
      await expectTable(page, kindThen);

      // back to today: the live figures, with the handover, and no day in the link
      await page.locator(".as-of__notice").getByRole("button", { name: "Về hôm nay" }).click();
      await page.getByText(NOTICE).waitFor({ state: "detached" });
      await expect.poll(() => new URL(page.url()).searchParams.has("d")).toBe(false);
      await expect(page.getByLabel(LABEL).inputValue()).resolves.toBe(vietnamDays().today);
      await page.getByText("Trực tiếp", { exact: true }).waitFor();
      const [kindLive, provinceLive, targetsLive] = await Promise.all([
        progressSummary("kind"), progressSummary("province"), targetProgress(),
      ]);
      await expectTotals(page, provinceLive[0]!);
      await expectTable(page, kindLive);
      await expectClusterTarget(page, clusterAreaTarget(targetsLive));
    } finally {
      const [now] = await parcelsById([parcel.id]);
      await move(now!, "compensated", "Kiểm thử tự động: trả thửa về bước cũ");
    }
    await page.context().close();
  });

  it("refuses a day to come, a day before 2000 and an empty day, in words, and keeps the figures", async () => {
    const page = await newPage(browser, DESKTOP);
    await openAsLeader(page);
    const input = page.getByLabel(LABEL);
    const { today, tomorrow } = vietnamDays();
    await chooseDay(page, tomorrow);
    const [y, m, d] = today.split("-");
    await page.getByRole("alert").filter({ hasText: `Chưa có số liệu của ngày sau hôm nay (${d}/${m}/${y}).` }).waitFor();
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByText("Đang xem số liệu đến hết ngày", { exact: false }).count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.has("d")).toBe(false);
    await page.screenshot({ path: `${SHOTS}/as-of-refused-desktop.png` });
    await chooseDay(page, "1999-12-31");
    await page.getByRole("alert").filter({ hasText: "Số liệu chỉ có từ ngày 01/01/2000." }).waitFor();
    await chooseDay(page, "");
    await page.getByRole("alert").filter({ hasText: "Hãy chọn ngày muốn xem số liệu." }).waitFor();
    expect(new URL(page.url()).searchParams.has("d")).toBe(false);
    await page.context().close();
  });

  it("opens on the day a link names (?d=), on a 360 px phone without overflow", async () => {
    const [provinceThen, targetsThen] = await Promise.all([progressAsOf(END_OF_DAY, "province"), targetProgress(DAY)]);
    const page = await newPage(browser, PHONE);
    const asked: string[] = []; // the bodies of the page's progress_as_of requests
    page.on("request", (req) => {
      if (req.url().includes("/rpc/progress_as_of")) asked.push(req.postData() ?? "");
    });
    await openAsLeader(page, `/?d=${DAY}`);
    await page.getByText(NOTICE).waitFor();
    await expect(page.getByLabel(LABEL).inputValue()).resolves.toBe(DAY);
    await expectTotals(page, provinceThen[0]!);
    await expectClusterTarget(page, clusterAreaTarget(targetsThen));
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/as-of-leader-phone.png` });
    await shot(page, "as-of-leader-phone-full");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // the province's totals and its households' cards are both .stat-cards
    for (const part of [".as-of__form", ".as-of__notice", ".stat-cards"]) {
      const found = await page.locator(part).all();
      expect(found.length, part).toBeGreaterThan(0);
      for (const element of found) {
        const box = await element.boundingBox();
        expect(box!.x + box!.width, part).toBeLessThanOrEqual(PHONE.width);
      }
    }
    // the area table too is of that day (its shares are of the parcels entered); the demo's events
    // all lie before it, so the request tells it from today's
    await page.getByRole("tab", { name: "Địa bàn", exact: true }).click();
    await expect.poll(() => asked.some((body) => body.includes('"admin_unit"') && body.includes(END_OF_DAY))).toBe(true);
    await expectTable(page, await progressAsOf(END_OF_DAY, "admin_unit"), (r) => r.name);
    // the blockers tab is today's, and says so
    await page.getByRole("tab", { name: /^Vướng mắc/ }).click();
    const note = page.getByText("Danh sách dưới đây là các thửa đang vướng mắc hôm nay", { exact: false });
    await note.scrollIntoViewIfNeeded();
    await expect(note.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/as-of-blockers-phone.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("ignores a link's day it cannot show, and opens on today's live figures", async () => {
    const page = await newPage(browser, PHONE);
    await openAsLeader(page, `/?d=${vietnamDays().tomorrow}`);
    await page.getByText("Trực tiếp", { exact: true }).waitFor();
    await expect(page.getByText("Đang xem số liệu đến hết ngày", { exact: false }).count()).resolves.toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has("d")).toBe(false);
    await page.context().close();
  });
});
