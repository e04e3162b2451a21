// Turning drawn parcels into cadastral records: map sheet and parcel numbers, land type, legal area,
// stage along a clearance front, blockers, and the dates of their history.

import area from "@turf/area";
import { fromMicro, type DrawnParcel } from "./seed-layout";
import type { ProjectSpec, StageProfile } from "./seed-catalog";
import type { Random } from "./seed-random";
import {
  BLOCKER_REASONS, HANDED_OVER, LAND_TYPES, PROVINCE_BODY, REASON_GRAVES, REASON_RESETTLEMENT,
} from "./seed-vocabulary";

/** One parcel of the demo, as written to the seed. */
export interface SeedParcel {
  projectCode: string;
  district: string;
  mapSheet: number;
  parcelNo: number;
  /** Index into LAND_TYPES. */
  landType: number;
  /** Legal recovered area in tenths of m² (an integer, so sums are exact). */
  areaTenths: number;
  /** Area of the drawn polygon (geodesic, m²). */
  polygonAreaM2: number;
  /** Closed counter-clockwise ring in whole micro-degrees. */
  ring: [number, number][];
  /** Stage position 0..7. */
  stage: number;
  /** Index into BLOCKER_REASONS, or null when not blocked. */
  blocker: number | null;
  blockerResponsible: string | null;
  /** Index into the project's commune list. */
  commune: number;
}

/** A drawn parcel with what the layout knows of it. */
export interface LaidParcel extends DrawnParcel {
  district: string;
}

/** A laid parcel with its legal and drawn areas. */
export interface MeasuredParcel extends LaidParcel {
  areaTenths: number;
  polygonAreaM2: number;
}

/** Legal area in tenths of m²: mostly the field cell (bunds included), sometimes the drawn polygon,
 * sometimes a slightly different inventory figure; always within 500..5000 m². */
function legalAreaTenths(rng: Random, cellM2: number, polygonM2: number): number {
  const r = rng.next();
  const m2 = r < 0.6 ? cellM2 : r < 0.85 ? polygonM2 : cellM2 * (1 + Math.max(-0.04, Math.min(0.04, rng.normal() * 0.015)));
  return Math.round(Math.max(500, Math.min(5000, m2)) * 10);
}

/** Measures each parcel: the drawn polygon's geodesic area and the legal area. */
export function measureParcels(rng: Random, laid: readonly LaidParcel[]): MeasuredParcel[] {
  return laid.map((p) => {
    const polygonAreaM2 = area({ type: "Polygon", coordinates: [fromMicro(p.ring)] });
    return { ...p, polygonAreaM2, areaTenths: legalAreaTenths(rng, p.cellAreaM2, polygonAreaM2) };
  });
}

/** Removes parcels from the end of the list until the sum is at most `targetTenths`. */
export function trimTo<T extends { areaTenths: number }>(parcels: T[], targetTenths: number): T[] {
  const kept = [...parcels];
  let sum = kept.reduce((s, p) => s + p.areaTenths, 0);
  while (sum > targetTenths && kept.length > 0) sum -= kept.pop()!.areaTenths;
  return kept;
}

/** Spreads the difference to `targetTenths` over the parcels' legal areas (each stays within 500..5000 m²). */
export function stretchTo(parcels: { areaTenths: number }[], targetTenths: number): void {
  let sum = parcels.reduce((s, p) => s + p.areaTenths, 0);
  const gap = targetTenths - sum;
  if (Math.abs(gap) > sum * 0.03) throw new Error(`area gap too large to spread: ${gap / 10} m² of ${sum / 10}`);
  for (const p of parcels) {
    const add = Math.trunc((gap * p.areaTenths) / sum);
    p.areaTenths = Math.max(5000, Math.min(50000, p.areaTenths + add));
  }
  sum = parcels.reduce((s, p) => s + p.areaTenths, 0);
  for (let i = 0; sum !== targetTenths; i = (i + 1) % parcels.length) {
    const p = parcels[i]!;
    const step = sum < targetTenths ? 1 : -1;
    if (p.areaTenths + step >= 5000 && p.areaTenths + step <= 50000) {
      p.areaTenths += step;
      sum += step;
    }
  }
}

/** Land types along the fill order; homes and ponds come in small runs. */
function landTypes(rng: Random, n: number, mix: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const prev = out[i - 1];
    const run = prev !== undefined && ["ONT", "ODT", "NTS", "NTD"].includes(LAND_TYPES[prev]!) && rng.next() < 0.55;
    out.push(run ? prev : rng.weighted(mix));
  }
  return out;
}

/** Stages along a clearance front: parcels sorted by `key`, the first ones most advanced, so that each
 * stage holds its share of the area in the profile. */
export function assignStages(keys: readonly number[], areas: readonly number[], profile: StageProfile): number[] {
  const order = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  const total = areas.reduce((s, a) => s + a, 0);
  const stages = new Array<number>(keys.length).fill(0);
  let before = 0;
  for (const i of order) {
    const mid = before + areas[i]! / 2;
    let acc = 0;
    let stage = 0;
    for (let s = HANDED_OVER; s >= 0; s--) {
      acc += profile[s]! * total;
      if (mid < acc) {
        stage = s;
        break;
      }
    }
    stages[i] = stage;
    before += areas[i]!;
  }
  return stages;
}

/** Who must act on a blocker of this kind in this commune and district. */
export function blockerResponsible(reason: number, commune: string, districtLabel: string): string {
  const body = BLOCKER_REASONS[reason]!.body;
  if (body === "commune") return `UBND ${commune}`;
  if (body === "district") return `Trung tâm Phát triển quỹ đất ${districtLabel}`;
  return PROVINCE_BODY;
}

/** How parcels are grouped into map sheets and numbered. */
export interface Numbering {
  /** Sheet key of a parcel (parcels with equal keys share a sheet). */
  sheetKey: (p: MeasuredParcel) => number;
  /** Order of parcels within a sheet. */
  order: (a: MeasuredParcel, b: MeasuredParcel) => number;
}

/** Builds the records of one project's parcels in one district. */
export function recordParcels(
  rng: Random, spec: Pick<ProjectSpec, "code" | "profile" | "progressNoiseM" | "blockRate" | "landMix">,
  district: string, communes: readonly string[], laid: readonly MeasuredParcel[],
  numbering: Numbering, frontAngle: number,
): SeedParcel[] {
  // map sheets in order of their key, numbered from a random base; parcels numbered in order with gaps
  const sheetKeys = [...new Set(laid.map(numbering.sheetKey))].sort((a, b) => a - b);
  const sheetBase = rng.int(2, 24);
  const sorted = [...laid].sort((a, b) => numbering.sheetKey(a) - numbering.sheetKey(b) || numbering.order(a, b));
  const numbers = new Map<MeasuredParcel, [number, number]>();
  let currentKey: number | null = null;
  let no = 0;
  for (const p of sorted) {
    const key = numbering.sheetKey(p);
    if (key !== currentKey) {
      currentKey = key;
      no = rng.int(1, 60);
    } else {
      no += 1 + (rng.next() < 0.25 ? rng.int(1, 4) : 0);
    }
    numbers.set(p, [sheetBase + sheetKeys.indexOf(key), no]);
  }

  const types = landTypes(rng, sorted.length, spec.landMix);
  const uMin = Math.min(...sorted.map((p) => p.u));
  const uMax = Math.max(...sorted.map((p) => p.u));
  const records: SeedParcel[] = sorted.map((p, i) => {
    const [mapSheet, parcelNo] = numbers.get(p)!;
    const band = Math.min(communes.length - 1, Math.floor(((p.u - uMin) / (uMax - uMin + 1e-9)) * communes.length));
    return {
      projectCode: spec.code, district, mapSheet, parcelNo, landType: types[i]!,
      areaTenths: p.areaTenths, polygonAreaM2: p.polygonAreaM2,
      ring: p.ring, stage: 0, blocker: null, blockerResponsible: null, commune: band,
    };
  });

  const keys = sorted.map((p) => p.u * Math.cos(frontAngle) + p.v * Math.sin(frontAngle) + rng.normal() * spec.progressNoiseM);
  const stages = assignStages(keys, records.map((r) => r.areaTenths), spec.profile);
  records.forEach((r, i) => (r.stage = stages[i]!));
  return records;
}

/** Marks a share of the not-yet-handed-over parcels as blocked, with a reason fitting the parcel. */
export function addBlockers(rng: Random, records: SeedParcel[], blockRate: number, communes: readonly string[],
  districtLabel: (district: string) => string): void {
  const open = records.filter((r) => r.stage < HANDED_OVER);
  const eligible = open.filter((r) => r.stage >= 1);
  const n = Math.min(eligible.length, Math.round(blockRate * open.length));
  const picked = eligible.map((r) => [rng.next(), r] as const).sort((a, b) => a[0] - b[0]).slice(0, n);
  for (const [, r] of picked) {
    const lt = LAND_TYPES[r.landType]!;
    const weights = BLOCKER_REASONS.map((b, i) =>
      i === REASON_RESETTLEMENT ? (lt === "ONT" || lt === "ODT" ? b.weight * 4 : 0) :
      i === REASON_GRAVES && lt === "NTD" ? b.weight * 4 : b.weight);
    r.blocker = rng.weighted(weights);
    r.blockerResponsible = blockerResponsible(r.blocker, communes[r.commune]!, districtLabel(r.district));
  }
}
