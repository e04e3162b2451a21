// What the map's canvas shows at a point of the page: the colour drawn there, read from the
// canvases Leaflet draws parcels, gauges and boundaries on (topmost first), for tests that check
// a parcel's colour on the map.
import type { Page } from "playwright-core";

/** The colour [r, g, b] the map's canvases show at the page point (x, y), or null where nothing is drawn. */
export async function canvasColourAt(page: Page, x: number, y: number): Promise<[number, number, number] | null> {
  return page.evaluate(([px, py]) => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>(".leaflet-container canvas")].reverse();
    for (const canvas of canvases) {
      const rect = canvas.getBoundingClientRect();
      if (px < rect.left || px >= rect.right || py < rect.top || py >= rect.bottom) continue;
      const cx = Math.floor(((px - rect.left) * canvas.width) / rect.width);
      const cy = Math.floor(((py - rect.top) * canvas.height) / rect.height);
      const data = canvas.getContext("2d")?.getImageData(cx, cy, 1, 1).data;
      if (data && data[3]! > 0) return [data[0]!, data[1]!, data[2]!] as [number, number, number];
    }
    return null;
  }, [x, y] as const);
}

/** The colour at the centre of the map. */
export async function mapCentreColour(page: Page): Promise<[number, number, number] | null> {
  const box = (await page.locator(".leaflet-container").first().boundingBox())!;
  return canvasColourAt(page, box.x + box.width / 2, box.y + box.height / 2);
}

/** "#rrggbb" as [r, g, b]. */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The largest difference of one channel between two colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}
