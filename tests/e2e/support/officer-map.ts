// The officer's first steps on the map, shared by the browser tests that act on one parcel:
// open the app at the parcel signed in as the Văn Giang officer, and Shift-click it.
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { APP_URL, signIn } from "./browser";
import { centre, type ApiParcel } from "./api";

/**
 * Opens the app at the parcel (street zoom, after its tile has loaded), signed in as the Văn
 * Giang officer; with its panel open when `panel` (on a phone the panel is a sheet over the map).
 */
export async function openParcelAsOfficer(page: Page, parcel: ApiParcel, { panel = true } = {}) {
  const [lat, lng] = centre(parcel);
  const loaded = page.waitForResponse((r) => r.url().includes("parcels_in_bbox") && r.ok(), { timeout: 60_000 });
  await page.goto(`${APP_URL}/?v=${lat},${lng},19${panel ? `&p=${parcel.id}` : ""}`);
  await loaded;
  await signIn(page, "canbo.vangiang@gpmb.local");
  await page.getByRole("heading", { name: "Công cụ cán bộ" }).waitFor();
}

/** Shift-clicks the parcel at the centre of the map and checks that it alone is selected. */
export async function selectAtCentre(page: Page, parcel: ApiParcel) {
  await page.waitForTimeout(300); // the canvas draws on the next frames
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  await page.keyboard.down("Shift");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.up("Shift");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("s"));
  expect(new URL(page.url()).searchParams.get("s")).toBe(parcel.id);
}
