// The meeting view's targets section: the industrial-cluster target's burn-up renders (a drawn
// chart, not a blank canvas) with the current value target_progress gives, at 1280 px and on a
// 360 px phone. The expected figures come from the API, never from the test. The page's pace
// and forecast come from the browser's burn-up maths (src/domain/burnup.ts); that they agree
// with target_progress's own pace_per_week and forecast_date is checked here on the API's rows,
// today and on a day inside the period when the pace is not zero.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { APP_URL, DESKTOP, PHONE, SHOTS, launch, newPage } from "./support/browser";
import type { ApiTarget } from "./support/api";
import { targetProgress } from "./support/api";
import { STATUS_WORDS, shownActual } from "./support/targets";
import { burnupPace, computeBurnup } from "../../src/domain/burnup";
import type { BurnupTarget } from "../../src/domain/burnup";
import type { BurnupPoint } from "../../src/domain/meeting-types";

const KEY = process.env.GPMB_PUBLISHABLE_KEY ?? "";

/** target_progress's row with the figures the burn-up is compared with. */
interface FullTarget extends ApiTarget {
  min_value: number | string | null;
  min_exclusive: boolean;
  pace_per_week: number | string | null;
  forecast_date: string | null;
}

async function rpc<T>(name: string, body: object): Promise<T> {
  const res = await fetch(`${APP_URL}/rest/v1/rpc/${name}`, {
    method: "POST",
    headers: { apikey: KEY, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${name}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function burnupPoints(targetId: string, day?: string): Promise<BurnupPoint[]> {
  const rows = await rpc<{ day: string; value: number | string }[]>("target_burnup", day ? { p_target_id: targetId, p_at: day } : { p_target_id: targetId });
  return rows.map((r) => ({ day: r.day, value: Number(r.value) }));
}

function asBurnupTarget(t: FullTarget): BurnupTarget {
  return {
    measure: t.measure, periodStart: t.period_start, periodEnd: t.period_end, dueDate: t.due_date,
    minValue: t.min_value === null ? null : Number(t.min_value), minExclusive: t.min_exclusive,
  };
}

/** Today in Hưng Yên (UTC+7), as target_progress's default day. */
function vnToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The cluster target: cleared hectares of the industrial clusters in a period. */
function clusterTarget(targets: FullTarget[]): FullTarget {
  const found = targets.find((t) => t.scope_kind === "industrial_cluster" && t.measure === "cleared_area_ha");
  if (!found) throw new Error("no industrial-cluster cleared-area target in the demo data");
  return found;
}

/** The pixels of the chart's canvas in the actual value's colour (#0b5f8a): the line, not the axes or grid. */
async function linePixels(card: Locator): Promise<number> {
  return card.locator("canvas").first().evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext("2d");
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let line = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && Math.abs(r - 11) < 30 && Math.abs(g - 95) < 30 && Math.abs(b - 138) < 30) line += 1;
    }
    return line;
  });
}

async function openTargets(page: Page, search = ""): Promise<void> {
  await page.goto(`${APP_URL}/meeting/targets${search}`);
  await page.getByRole("heading", { name: "Mục tiêu", exact: true }).waitFor({ timeout: 60_000 });
}

let browser: Browser;
let targets: FullTarget[];
beforeAll(async () => {
  browser = await launch();
  targets = (await targetProgress()) as FullTarget[];
});
afterAll(async () => {
  await browser?.close();
});

describe("the meeting view's targets", () => {
  it.each([["desktop", DESKTOP], ["phone", PHONE]] as const)(
    "the cluster target's burn-up renders with target_progress's current value (%s)",
    async (name, viewport) => {
      const target = clusterTarget(targets);
      const page = await newPage(browser, viewport);
      await openTargets(page);
      const card = page.getByRole("article", { name: target.name });
      const plot = card.locator(".burnup-chart__plot[data-ready='true']");
      await plot.waitFor({ timeout: 30_000 });
      const actual = shownActual(target);
      expect(actual).not.toBeNull();
      // the card's figure and the chart's own last point both read target_progress's actual
      expect(await card.innerText()).toContain(actual!);
      expect(await card.innerText()).toContain(STATUS_WORDS[target.status]);
      expect(await plot.getAttribute("aria-label")).toContain(`thực hiện ${actual!}`);
      await expect(linePixels(card)).resolves.toBeGreaterThan(200);
      // the chart fits its card: nothing spills sideways on a phone
      const widths = await card.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/meeting-targets-${name}.png`, fullPage: true });
      await page.context().close();
    },
  );

  it("a past day: the cards read target_progress of that day", async () => {
    const day = "2024-09-30";
    const onDay = clusterTarget((await targetProgress(day)) as FullTarget[]);
    const page = await newPage(browser, DESKTOP);
    await openTargets(page, `?d=${day}`);
    const card = page.getByRole("article", { name: onDay.name });
    await card.locator(".burnup-chart__plot[data-ready='true']").waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(shownActual(onDay)!);
    await page.context().close();
  });

  it("the browser's pace and forecast agree with target_progress's", async () => {
    const today = vnToday();
    let compared = 0;
    for (const day of [today, "2024-09-30"]) {
      const onDay = (await targetProgress(day === today ? undefined : day)) as FullTarget[];
      for (const t of onDay) {
        const points = await burnupPoints(t.id, day === today ? undefined : day);
        // an answer cut short by the API's row cap: the card shows the server's pace (see burnup-hook.ts)
        const end = t.period_end !== null && t.period_end < day ? t.period_end : day;
        if (points.length > 0 && points[points.length - 1]!.day < end) continue;
        compared += 1;
        const pace = burnupPace(asBurnupTarget(t), points, day);
        if (t.pace_per_week === null) expect(pace, `${t.name} ${day}`).toBeNull();
        else expect(pace, `${t.name} ${day}`).toBeCloseTo(Number(t.pace_per_week), 6);
        const burnup = computeBurnup(asBurnupTarget(t), points, day);
        if (t.status !== "met") expect(burnup.forecastDate, `${t.name} ${day}`).toBe(t.forecast_date);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2);
    // the day inside the period has a pace to compare, not only zeros
    const cluster = clusterTarget((await targetProgress("2024-09-30")) as FullTarget[]);
    expect(Number(cluster.pace_per_week)).toBeGreaterThan(0);
  });
});
