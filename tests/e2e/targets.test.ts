// The leader's targets in the progress panel, read as the document states them: each target
// shows the actual value target_progress measured, its status in words, its period and due date
// and its source as text, beside the map at 1280 px and on a 360 px phone. The expected figures
// come from the API, not from the test: the page must show what the server computed.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage, shot, signIn } from "./support/browser";
import type { ApiTarget } from "./support/api";
import { formatViDate, progressSummary, targetProgress } from "./support/api";
import { seriousViolations } from "./support/axe";
import { KIND_NAMES, STATUS_WORDS, shownActual } from "./support/targets";

const ALERT = "rgb(164, 38, 44)"; // --color-alert

let browser: Browser;
let targets: ApiTarget[];
beforeAll(async () => {
  browser = await launch();
  targets = await targetProgress();
});
afterAll(async () => {
  await browser?.close();
});

/** The list the target shows in on the kind tab: under its kind's row, or in the province summary. */
function kindTabList(page: Page, target: ApiTarget): Locator {
  const underKind = target.scope_kind !== null && target.scope_project_id === null && target.scope_admin_unit_id === null;
  if (underKind) return page.getByRole("list", { name: `Mục tiêu của ${KIND_NAMES[target.scope_kind!]}` });
  return page.locator(".province-targets");
}

/** Checks that one target's row shows its figures, status, period, due date and source as visible text. */
async function expectTargetShown(row: Locator, target: ApiTarget): Promise<void> {
  await row.scrollIntoViewIfNeeded();
  await expect(row.isVisible()).resolves.toBe(true);
  const text = await row.innerText();
  expect(text).toContain(STATUS_WORDS[target.status]);
  const actual = shownActual(target);
  if (actual !== null) expect(text).toContain(actual);
  if (target.period_start && target.period_end) {
    expect(text).toContain(`Kỳ tính: ${formatViDate(target.period_start)} – ${formatViDate(target.period_end)}`);
  } else {
    expect(text).toContain("Kỳ tính: lũy kế");
  }
  if (target.due_date) expect(text).toContain(`Hạn ${formatViDate(target.due_date)}`);
  // the source is text on the page, not a tooltip (phones have no hover)
  expect(target.source).toBeTruthy();
  const source = row.getByText(`Nguồn: ${target.source}`);
  await expect(source.isVisible()).resolves.toBe(true);
  // missed and at risk are red, and say so in words (checked above)
  const colours = await row.locator(".target-status").evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor];
  });
  expect(colours.includes(ALERT)).toBe(target.status === "missed" || target.status === "at_risk");
}

/** Signs in as the leader and waits for the targets of the progress panel. */
async function openAsLeader(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await signIn(page, "lanhdao@gpmb.local");
  await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor({ timeout: 60_000 });
  await page.locator(".target-row").first().waitFor({ timeout: 30_000 });
}

describe("the leader's targets", () => {
  it("the API has the document's targets to show", () => {
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.some((t) => t.scope_project_id === null && t.scope_admin_unit_id === null)).toBe(true);
  });

  it.each([["desktop", DESKTOP], ["phone", PHONE]] as const)(
    "show the actual value, status, period, due date and source on the default tab (%s)",
    async (name, viewport) => {
      const page = await newPage(browser, viewport);
      await openAsLeader(page);
      const onKindTab = targets.filter((t) => t.scope_project_id === null && t.scope_admin_unit_id === null);
      for (const target of onKindTab) {
        const row = kindTabList(page, target).getByRole("listitem").filter({ hasText: target.name });
        await expect(row.count(), target.name).resolves.toBe(1);
        await expectTargetShown(row, target);
      }
      // on a phone the page itself scrolls; beside the map the panel scrolls: show both ways
      await shot(page, `targets-leader-${name}`);
      const first = page.locator(".summary-table__targets-row").first();
      if (await first.count()) {
        await first.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/targets-leader-kind-table-${name}.png` });
      }
      await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/targets-leader-totals-${name}.png` });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it("a project whose parcels cover only part of its legal area says so beside its share (360 px)", async () => {
    // the demo data has projects still being inventoried: parcels entered for less than their legal area
    const rows = await progressSummary("project");
    const partial = rows.find((r) => Number(r.parcels) > 0 && Number(r.total_area_m2) < 0.995 * Number(r.area_to_clear_m2));
    expect(partial, "a project with parcels entered for part of its legal area").toBeDefined();
    const entered = Number(partial!.total_area_m2) / Number(partial!.area_to_clear_m2);
    const share = Number(partial!.cleared_area_m2) / Number(partial!.area_to_clear_m2);
    const page = await newPage(browser, PHONE);
    await openAsLeader(page);
    await page.getByRole("tab", { name: "Dự án", exact: true }).click();
    // the project's name is a button that shows it on the map
    const row = page.getByRole("row").filter({ has: page.getByRole("button", { name: partial!.name, exact: true }) });
    await row.scrollIntoViewIfNeeded();
    // the share is of the legal area to clear, and says how much of it has parcels entered
    const text = await row.innerText();
    expect(text).toContain(`${(share * 100).toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u00a0%`);
    const note = row.getByText(`đã nhập thửa cho ${Math.round(entered * 100)}\u00a0% diện tích`);
    await expect(note.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/targets-partial-entry-phone.png` });
    await page.context().close();
  });

  it("show project targets on the project tab (360 px)", async () => {
    const projectTargets = targets.filter((t) => t.scope_project_id !== null && t.scope_admin_unit_id === null);
    const page = await newPage(browser, PHONE);
    await openAsLeader(page);
    await page.getByRole("tab", { name: "Dự án", exact: true }).click();
    for (const target of projectTargets) {
      const row = page.locator(".summary-table__targets").getByRole("listitem").filter({ hasText: target.name });
      await expect(row.count(), target.name).resolves.toBe(1);
      await expectTargetShown(row, target);
    }
    await page.context().close();
  });
});
