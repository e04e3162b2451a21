// Issue 3's journeys in Chromium against `vite` with the embedded backend and demo data: an
// officer box-selects and advances Văn Giang parcels and the totals change by exactly their
// area; a leader in another browser sees it within 5 s; the officer cannot change Văn Lâm; the
// URL reproduces the view.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { APP_URL, PHONE, launch, newPage, shot, signIn } from "./support/browser";
import { centre, findParcel, findParcels, formatHa, parcelsById, provinceClearedM2 } from "./support/api";
import { seriousViolations } from "./support/axe";
import { labelView, labelsUnderOverlays } from "./support/map-labels";

const NEXT: Record<string, string> = {
  not_started: "dialogue", dialogue: "notice", notice: "inventory", inventory: "plan_approved",
  plan_approved: "recovery_decided", recovery_decided: "compensated", compensated: "handed_over",
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app at a parcel-level view and waits for the parcels there to be loaded. */
async function openAt(page: Page, [lat, lng]: [number, number], zoom = 18) {
  const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
  await page.goto(`${APP_URL}/?v=${lat},${lng},${zoom}`);
  await loaded;
  await page.waitForTimeout(300); // the canvas draws on the next frames
}

/** The centre of the map on screen. */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The page's URL once it has stopped changing for half a second. */
async function settledUrl(page: Page): Promise<string> {
  let last = page.url();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    if (page.url() === last) return last;
    last = page.url();
  }
  return last;
}

describe("officer, leader and public on the map", () => {
  it("an officer box-selects Văn Giang parcels, advances them, the totals change by exactly their area, and a leader sees it within 5 s", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.compensated&blocked=eq.false");
    const officer = await newPage(browser);
    await openAt(officer, centre(target));
    await signIn(officer, "canbo.vangiang@gpmb.local");
    await shot(officer, "map-officer-street-desktop");

    const leader = await newPage(browser);
    const targetAnswers: number[] = []; // when the leader's page received target_progress
    leader.on("response", (res) => {
      if (res.url().includes("/rest/v1/rpc/target_progress") && res.ok()) targetAnswers.push(Date.now());
    });
    await leader.goto(APP_URL);
    await signIn(leader, "lanhdao@gpmb.local");
    const before = await provinceClearedM2();
    await leader.getByText(`${formatHa(before)}\u00a0ha`, { exact: true }).first().waitFor();

    // box-select around the centre of the map, where the target parcel is
    await officer.getByRole("button", { name: "Khoanh chọn" }).first().click();
    const c = await mapCentre(officer);
    await officer.mouse.move(c.x - 45, c.y - 45);
    await officer.mouse.down();
    await officer.mouse.move(c.x, c.y, { steps: 5 });
    await officer.mouse.move(c.x + 45, c.y + 45, { steps: 5 });
    await officer.mouse.up();
    await officer.getByText(/^Đã chọn: /).waitFor();
    await officer.waitForFunction(() => new URL(location.href).searchParams.has("s"));
    const ids = new URL(officer.url()).searchParams.get("s")!.split(",");
    expect(ids).toContain(target.id);
    const selected = await parcelsById(ids);
    expect(selected.every((p) => p.admin_unit_id === "326")).toBe(true);
    const movable = selected.filter((p) => p.stage !== "handed_over");
    const expectedGain = selected.filter((p) => p.stage === "compensated").reduce((s, p) => s + Number(p.area_m2), 0);
    expect(expectedGain).toBeGreaterThan(0);

    await officer.getByRole("button", { name: "Chuyển bước tiếp theo" }).click();
    const dialog = officer.getByRole("dialog");
    await dialog.getByText(`${movable.length} thửa`, { exact: false }).first().waitFor();
    await shot(officer, "map-officer-confirm-desktop");
    await dialog.getByRole("button", { name: "Xác nhận" }).click();
    await officer.getByText(/^Đã cập nhật /).waitFor();
    await shot(officer, "map-officer-applied-desktop");
    const changedAt = Date.now();

    const after = await parcelsById(ids);
    for (const p of after) {
      const old = selected.find((s) => s.id === p.id)!;
      if (old.stage === "handed_over") expect(p).toMatchObject({ stage: "handed_over", version: old.version });
      else expect(p).toMatchObject({ stage: NEXT[old.stage], version: old.version + 1 });
    }
    const afterCleared = await provinceClearedM2();
    expect(afterCleared - before).toBeCloseTo(expectedGain, 1);

    // the officer's own figures and, without reload, the leader's
    const shown = `${formatHa(afterCleared)}\u00a0ha`;
    await officer.getByText(shown, { exact: true }).first().waitFor({ timeout: 5_000 });
    await leader.getByText(shown, { exact: true }).first().waitFor({ timeout: 5_000 });
    expect(Date.now() - changedAt).toBeLessThan(5_000);
    // the targets' figures are fetched again with the summaries
    await expect.poll(() => targetAnswers.some((at) => at > changedAt), { timeout: 5_000 }).toBe(true);
    await shot(leader, "map-leader-after-change-desktop");

    // undo puts every parcel back, with new versions (history is never erased)
    await officer.getByRole("button", { name: "Hoàn tác" }).click();
    await officer.getByText(/^Đã hoàn tác /).waitFor();
    const undone = await parcelsById(ids);
    for (const p of undone) {
      const old = selected.find((s) => s.id === p.id)!;
      expect(p.stage).toBe(old.stage);
    }
    expect(await provinceClearedM2()).toBeCloseTo(before, 1);
    await officer.context().close();
    await leader.context().close();
  });

  it("the Văn Giang officer cannot change a Văn Lâm parcel, and is told why", async () => {
    const target = await findParcel("admin_unit_id=eq.325&stage=neq.handed_over");
    const page = await newPage(browser);
    await openAt(page, centre(target));
    await signIn(page, "canbo.vangiang@gpmb.local");
    await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
    const c = await mapCentre(page);
    await page.keyboard.down("Shift");
    await page.mouse.click(c.x, c.y);
    await page.keyboard.up("Shift");
    await page.getByText(/thửa ngoài địa bàn được phân công \(Huyện Văn Lâm\)/).filter({ visible: true }).first().waitFor();
    await shot(page, "map-officer-outside-area-desktop");
    expect(new URL(page.url()).searchParams.get("s")).toBeNull();
    const [still] = await parcelsById([target.id]);
    expect(still).toMatchObject({ stage: target.stage, version: target.version });
    await page.context().close();
  });

  it("the public opens a parcel and sees its stage and history, but no personal data", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.handed_over");
    const page = await newPage(browser);
    const bodies: string[] = [];
    page.on("response", async (r) => {
      if (r.url().includes("/rest/v1/")) bodies.push(await r.text().catch(() => ""));
    });
    await openAt(page, centre(target));
    const c = await mapCentre(page);
    await page.mouse.click(c.x, c.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("p"));
    expect(new URL(page.url()).searchParams.get("p")).toBe(target.id);
    await page.getByText("Đã bàn giao mặt bằng").first().waitFor();
    await page.waitForLoadState("networkidle");
    await shot(page, "map-public-parcel-desktop");
    // parcel_private's and the households' personal fields as JSON keys ("households" alone is a
    // public count of household_progress)
    for (const marker of ["owner_name", "\"household\":", "compensation_vnd", "id_number", "party_name", "actor_email\":\"", "@gpmb.local"]) {
      expect(bodies.join("\n")).not.toContain(marker);
    }
    await page.context().close();
  });

  it("at 360 px the parcel panel is a bottom sheet over the map", async () => {
    const target = await findParcel("admin_unit_id=eq.326&blocked=eq.true");
    const page = await newPage(browser, PHONE);
    await openAt(page, centre(target));
    await shot(page, "map-public-street-phone");
    const c = await mapCentre(page);
    await page.mouse.click(c.x, c.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("p"));
    expect(new URL(page.url()).searchParams.get("p")).toBe(target.id);
    await page.getByText(target.blocker_reason!, { exact: false }).filter({ visible: true }).first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, "map-public-parcel-phone");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("the URL reproduces the view, the layers and the open parcel", async () => {
    const target = await findParcel("admin_unit_id=eq.325&stage=eq.notice");
    const [lat, lng] = centre(target);
    const page = await newPage(browser);
    await openAt(page, [lat, lng], 17);
    // pan by dragging: the link follows the map
    await page.waitForFunction(() => new URL(location.href).searchParams.has("v"));
    const opened = new URL(page.url()).searchParams.get("v");
    const c = await mapCentre(page);
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x - 60, c.y + 30, { steps: 4 });
    await page.mouse.move(c.x - 120, c.y + 60, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((v) => new URL(location.href).searchParams.get("v") !== v, opened);
    const link = await settledUrl(page); // after Leaflet's inertia has ended
    const view = new URL(link).searchParams.get("v")!;
    const [vLat, vLng, vZoom] = view.split(",").map(Number);
    expect(vZoom).toBe(17);
    expect(Math.abs(vLng! - lng)).toBeGreaterThan(0.0001);

    const again = await newPage(browser);
    await again.goto(link);
    await again.locator(".leaflet-container").waitFor();
    await again.waitForTimeout(1000);
    const reopened = new URL(again.url()).searchParams.get("v")!.split(",").map(Number);
    expect(reopened[2]).toBe(vZoom);
    expect(reopened[0]).toBeCloseTo(vLat!, 5);
    expect(reopened[1]).toBeCloseTo(vLng!, 5);

    const withParcel = `${APP_URL}/?v=${lat},${lng},17&p=${target.id}&l=d,p,x`;
    await again.goto(withParcel);
    // in the parcel's sheet, not the legend (which names every stage)
    await again.locator(".parcel-sheet").getByText("Đã thông báo thu hồi đất").first().waitFor();
    const params = new URL(again.url()).searchParams;
    expect(params.get("p")).toBe(target.id);
    expect(params.get("l")).toBe("d,p,x");
    await shot(again, "map-url-restored-desktop");
    await page.context().close();
    await again.context().close();
  });

  it("a map that changes size keeps its link: the centre stays exactly where it was", async () => {
    const target = await findParcel("admin_unit_id=eq.325&stage=eq.notice");
    const page = await newPage(browser);
    await openAt(page, centre(target), 17);
    const before = new URL(await settledUrl(page)).searchParams.get("v");
    // an odd change of height (as when a banner or a row of the header arrives), then back
    for (const padding of ["37px", "0px"]) {
      await page.evaluate((p) => {
        document.querySelector<HTMLElement>(".app-footer")!.style.paddingBottom = p;
      }, padding);
      const after = new URL(await settledUrl(page)).searchParams.get("v");
      expect(after).toBe(before);
    }
    await page.context().close();
  });

  it("a filtered link says on the map what it hides, and anyone can clear the filters", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.notice");
    const [lat, lng] = centre(target);
    const page = await newPage(browser, PHONE);
    // as a link may carry them: stages out of order, and a project id that does not exist
    await page.goto(`${APP_URL}/?v=${lat},${lng},17&f=p:khong-co-du-an,s:inventory,s:notice,b:1`);
    const notice = page.locator(".map-status__chip--filter");
    await notice.getByText(
      "Đang lọc: chỉ hiện thửa đất thuộc một dự án không tìm thấy, ở bước Đã thông báo thu hồi đất, Đã kiểm đếm, đang vướng mắc.",
    ).waitFor({ timeout: 60_000 });
    await shot(page, "map-filtered-link-phone");
    await notice.getByRole("button", { name: "Xóa bộ lọc" }).click();
    await notice.waitFor({ state: "detached" });
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("f"));
    // zoomed out to progress per project, parcels (and so the filters) are not shown: no notice
    await page.goto(`${APP_URL}/?v=${lat},${lng},11&f=b:1`);
    await page.locator(".map-label").first().waitFor({ timeout: 60_000 });
    await expect(notice.count()).resolves.toBe(0);
    await page.context().close();
  });

  it("anyone finds a parcel by map sheet and number, with clear messages for slips, and opens it on the map", async () => {
    const target = await findParcel("admin_unit_id=eq.326&stage=eq.inventory");
    const sheet = target.map_sheet;
    const same = await findParcels(`admin_unit_id=eq.326&map_sheet=eq.${encodeURIComponent(sheet)}&parcel_no=eq.${encodeURIComponent(target.parcel_no)}`);
    const page = await newPage(browser, PHONE);
    await page.goto(`${APP_URL}/?l=d,p,g`); // parcels hidden: choosing a match shows them again
    await page.getByText("Tìm thửa đất theo số tờ, số thửa").click();
    const form = page.getByRole("search", { name: "Tìm thửa đất theo số tờ, số thửa" });
    const find = form.getByRole("button", { name: "Tìm", exact: true });
    await find.click();
    await expect(form.getByText("Hãy nhập số này.").count()).resolves.toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel("Tờ bản đồ số").fill(sheet);
    await form.getByLabel("Thửa đất số").fill("1,2");
    await find.click();
    await form.getByText("Chỉ gồm chữ, số và các dấu . / - _ (ví dụ 12, 12a, PL-3).").waitFor();
    await form.getByLabel("Thửa đất số").fill("99999");
    await find.click();
    await page.getByText(`Không có thửa đất nào là tờ ${sheet}, thửa 99999.`).waitFor({ timeout: 30_000 });
    // the real one, typed with stray spaces, in its district
    await form.getByLabel("Thửa đất số").fill(` ${target.parcel_no} `);
    await form.getByLabel("Huyện").selectOption("326");
    await find.click();
    const hits = page.locator(".parcel-search__hit");
    await hits.first().waitFor({ timeout: 30_000 });
    await expect(hits.count()).resolves.toBe(same.length);
    await expect(hits.filter({ hasText: "Huyện Văn Giang" }).count()).resolves.toBe(same.length);
    await shot(page, "map-parcel-search-phone");
    await hits.first().click();
    await page.waitForFunction((ids) => ids.includes(new URL(location.href).searchParams.get("p") ?? ""), same.map((p) => p.id));
    await page.waitForFunction(() => new URL(location.href).searchParams.get("l")?.split(",").includes("x"));
    await page.getByRole("heading", { name: `Tờ ${sheet}, thửa ${target.parcel_no}` }).waitFor();
    const zoom = Number(new URL(page.url()).searchParams.get("v")!.split(",")[2]);
    expect(zoom).toBeGreaterThanOrEqual(15); // close enough to draw the parcel
    await page.context().close();
  });

  it("the province view shows per-project progress at 360 px", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await page.getByText(/KCN Phố Nối A/).first().waitFor({ timeout: 60_000 });
    // React's controls on the map the entry drew (tests/e2e/early-view.test.ts)
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor();
    await shot(page, "map-public-province-phone");
    await page.context().close();
  });

  it("labels give way to the legend while it is open over them, and come back when it closes (360 px)", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole("heading", { name: "Tiến độ giải phóng mặt bằng" }).waitFor();
    await page.waitForTimeout(500); // React's controls have come: the labels under them have gone
    const closed = await labelView(page);
    expect(labelsUnderOverlays(closed)).toEqual([]);
    const legend = page.locator("summary", { hasText: "Chú giải" });
    await legend.click();
    // the open legend covers part of the map: the labels under it are left out at once, no move needed
    await expect.poll(async () => (await labelView(page)).labels.length, { timeout: 5000 }).toBeLessThan(closed.labels.length);
    const open = await labelView(page);
    expect(labelsUnderOverlays(open)).toEqual([]);
    expect(open.labels.filter((name) => !closed.labels.includes(name))).toEqual([]);
    await shot(page, "map-legend-open-phone");
    await legend.click();
    await expect.poll(async () => (await labelView(page)).labels, { timeout: 5000 }).toEqual(closed.labels);
    await page.context().close();
  });

  it("an officer's drawing buttons on the map hide no label (360 px)", async () => {
    const page = await newPage(browser, PHONE);
    await page.goto(APP_URL);
    await signIn(page, "canbo.vangiang@gpmb.local");
    // they come once the role is known, after the labels were placed
    const buttons = page.locator(".officer-map-tools");
    await buttons.getByRole("button", { name: "Khoanh chọn" }).waitFor({ timeout: 60_000 });
    const box = (await buttons.boundingBox())!;
    await expect.poll(async () => labelsUnderOverlays(await labelView(page)), { timeout: 5000 }).toEqual([]);
    const view = await labelView(page);
    expect(view.overlays).toContainEqual([box.x, box.y, box.x + box.width, box.y + box.height]);
    expect(view.labels.length).toBeGreaterThan(3);
    await page.context().close();
  });

  it("pointing at a project on the province map names it with its cleared share", async () => {
    const page = await newPage(browser);
    await page.goto(APP_URL);
    await page.getByRole("button", { name: "Phóng to", exact: true }).waitFor({ timeout: 60_000 });
    // the project's label sits inside its outline; labels let the pointer through to the map
    const label = page.locator(".map-label", { hasText: "KCN Phố Nối A" }).first();
    const tooltip = page.locator(".leaflet-tooltip.map-tooltip");
    // moved until it shows: the hover texts come with React's translations, and labels under its
    // controls give way as they appear, so the label is found again at each move; one step per
    // move, as the canvas skips hover checks for a moment after each
    for (let i = 0; i < 40 && (await tooltip.count()) === 0; i++) {
      const box = (await label.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2 + (i % 3), box.y + box.height / 2);
      await page.waitForTimeout(250);
    }
    await expect(tooltip.textContent()).resolves.toMatch(/KCN Phố Nối A.*\d+,\d\u00a0%/);
    await page.context().close();
  });
});

describe("the province view's first data", () => {
  const isProjects = (url: string) => url.includes("/rest/v1/projects?select=id%2Ccode");
  const isProgressByProject = (url: string, body: string | null) =>
    url.includes("/rest/v1/rpc/progress_summary") && (body ?? "").includes('"project"');

  it("are asked for once, before the app's own code has loaded", async () => {
    const page = await newPage(browser);
    const sent: { url: string; body: string | null }[] = [];
    page.on("request", (req) => sent.push({ url: req.url(), body: req.postData() }));
    await page.goto(APP_URL);
    await page.locator(".map-label", { hasText: "KCN Phố Nối A" }).first().waitFor({ timeout: 60_000 });
    // up to the progress shown on the map (the change feed refetches the figures once it has
    // its cursor: src/data/changes-poller.ts)
    const requests = [...sent];
    const projects = requests.filter((r) => isProjects(r.url));
    const progress = requests.filter((r) => isProgressByProject(r.url, r.body));
    expect(projects).toHaveLength(1);
    expect(progress).toHaveLength(1);
    // sent by the entry chunk: before the app chunk (src/app/start.tsx) is requested
    const appChunk = requests.findIndex((r) => /\/src\/app\/start\.tsx|\/assets\/start-/.test(r.url));
    expect(appChunk).toBeGreaterThan(-1);
    expect(requests.indexOf(projects[0]!)).toBeLessThan(appChunk);
    await page.context().close();
  });

  it("still load through supabase-js when the early requests fail", async () => {
    const page = await newPage(browser);
    const failed: string[] = [];
    // only the first request of each fails: the early one
    for (const matches of [isProjects, (url: string) => url.includes("/rest/v1/rpc/progress_summary")]) {
      let first = true;
      await page.route((url) => matches(url.toString()), (route) => {
        if (!first) return route.continue();
        first = false;
        failed.push(route.request().url());
        return route.fulfill({ status: 500, contentType: "application/json", body: '{"message":"boom"}' });
      });
    }
    await page.goto(APP_URL);
    const label = page.locator(".map-label", { hasText: "KCN Phố Nối A" }).first();
    await label.waitFor({ timeout: 60_000 });
    expect(await label.innerText()).toMatch(/\d+(,\d)?\s?%/); // its progress came through the retry
    expect(failed).toHaveLength(2);
    await page.context().close();
  });
});
