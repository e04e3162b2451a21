// Web-Mercator ("slippy map") tiles as a grid for loading parcels by viewport: the view is cut
// into fixed tiles so each tile is fetched once and cached, however the view moves.

import type { LonLatBox } from "@/geo/geometry";

/** One tile of the grid at zoom `z`. */
export interface TileKey {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

const MAX_LAT = 85.05112878;

function lonToX(lon: number, n: number): number {
  return Math.floor(((lon + 180) / 360) * n);
}

function latToY(lat: number, n: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const rad = (clamped * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
}

function xToLon(x: number, n: number): number {
  return (x / n) * 360 - 180;
}

function yToLat(y: number, n: number): number {
  const rad = Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n)));
  return (rad * 180) / Math.PI;
}

/** The box a tile covers. */
// Hand-written, like the tile maths below: turf has no slippy-map tiles.
export function tileBox(tile: TileKey): LonLatBox {
  const n = 2 ** tile.z;
  return [xToLon(tile.x, n), yToLat(tile.y + 1, n), xToLon(tile.x + 1, n), yToLat(tile.y, n)];
}

/** The tile containing a point. */
// Hand-written: turf has no slippy-map tiles.
export function tileAt(lon: number, lat: number, z: number): TileKey {
  const n = 2 ** z;
  return { z, x: Math.min(n - 1, Math.max(0, lonToX(lon, n))), y: Math.min(n - 1, Math.max(0, latToY(lat, n))) };
}

/**
 * The tiles at zoom `z` covering `box`, row by row from the north-west, nearest the box's
 * centre first so the middle of the view loads first; at most `max` tiles (a safety cap).
 */
// Hand-written: turf has no slippy-map tiles.
export function tilesCovering(box: LonLatBox, z: number, max = 64): TileKey[] {
  const nw = tileAt(box[0], box[3], z);
  const se = tileAt(box[2], box[1], z);
  const cx = (nw.x + se.x) / 2;
  const cy = (nw.y + se.y) / 2;
  // A huge box (a bug or a zoomed-out caller) is cut to a square around its centre first.
  const half = Math.ceil(Math.sqrt(max) / 2);
  const x0 = Math.max(nw.x, Math.floor(cx) - half);
  const x1 = Math.min(se.x, Math.ceil(cx) + half);
  const y0 = Math.max(nw.y, Math.floor(cy) - half);
  const y1 = Math.min(se.y, Math.ceil(cy) + half);
  const tiles: TileKey[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) tiles.push({ z, x, y });
  }
  tiles.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  return tiles.slice(0, max);
}

/** A short stable id for a tile, e.g. "14/13012/7265". */
export function tileId(tile: TileKey): string {
  return `${tile.z}/${tile.x}/${tile.y}`;
}
