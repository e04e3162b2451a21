// buildSeed: the demo dataset as a model (for tests) and as SQL (supabase/local/seed.sql). Pure: the same
// inputs always give the same bytes.

import type { LineString, Polygon } from "geojson";
import {
  clusterSpecs, otherSpecs, parkSpec, RING_ROAD, RING_ROAD_COMMUNES, RING_ROAD_LINE,
  type DistrictCode, type ParkRow, type ProjectDecision, type ProjectKind, type ProjectSpec, type ProjectStatus,
} from "./seed-catalog";
import { corridorPolygon, fillCorridor, fromMicro, keepOut, placeOutline, placeRoad, type KeepOut } from "./seed-layout";
import type { LonLat, PolygonRings, Ring } from "./seed-geometry";
import { infrastructureReports, makeSchedule, type Schedule } from "./seed-history";
import {
  addBlockers, measureParcels, recordParcels, stretchTo, trimTo,
  type LaidParcel, type MeasuredParcel, type Numbering, type SeedParcel,
} from "./seed-parcels";
import { createRandom, type Random } from "./seed-random";
import { writeSeedSql } from "./seed-sql";
import { GIVEN_MALE, MIDDLE_MALE, SURNAMES } from "./seed-vocabulary";

/** The files the seed is built from, as text. */
export interface SeedInputs {
  /** public/geo/hung_yen_districts_pre2025.geojson */
  districtsGeojson: string;
  /** public/geo/hung_yen_province_pre2025.geojson */
  provinceGeojson: string;
  /** supabase/seed/industrial_parks.csv */
  parksCsv: string;
}

/** A district-level unit of 2024. */
export interface SeedDistrict {
  code: DistrictCode;
  name: string;
  fullName: string;
  /** As used inside a sentence: "huyện Văn Giang", "thị xã Mỹ Hào". */
  label: string;
  geometry: { type: "MultiPolygon"; coordinates: PolygonRings[] } | { type: "Polygon"; coordinates: PolygonRings };
  polygons: PolygonRings[];
}

/** A demo project with its drawn geometry and figures. */
export interface SeedProject {
  code: string;
  name: string;
  kind: ProjectKind;
  /** Outline (Polygon) or centre line (LineString), coordinates with 6 decimals. */
  geometry: Polygon | LineString;
  corridorWidthM: number | null;
  /** The ring every parcel must lie in: the outline, or the corridor (turf buffer of half the width). */
  container: Ring;
  /** Sum of its parcels' legal areas, tenths of m². */
  areaTenths: number;
  /** The legal area to clear (projects.area_to_clear_m2), tenths of m²: the parcels' sum, or more where
   * only part of the project's parcels are entered yet. */
  areaToClearTenths: number;
  /** Reported area with technical infrastructure built (cumulative m²), by date; oldest first. */
  infrastructure: InfrastructureEntry[];
  districts: DistrictCode[];
  /** Commune lists by district (parcel.commune indexes into these). */
  communes: Partial<Record<DistrictCode, string[]>>;
  investor: string;
  decisionRef: string;
  status: ProjectStatus;
  decision: ProjectDecision | null;
  responsibleUnit: string;
  responsiblePerson: string;
  dueDate: string;
  statusNote: string;
  schedule: Schedule;
}

/** A dated report of a project's infrastructure (infrastructure_entries). */
export interface InfrastructureEntry {
  /** YYYY-MM-DD */
  asOf: string;
  builtM2: number;
}

export interface SeedModel {
  province: { geometry: unknown };
  districts: SeedDistrict[];
  projects: SeedProject[];
  parcels: SeedParcel[];
}

const SEED = 20240627;
/** Clearance between project outlines, and from district boundaries (metres). */
const MARGIN_M = 150;

interface GeoFeature {
  properties: Record<string, string>;
  geometry: SeedDistrict["geometry"];
}

function parseGeo(text: string): GeoFeature[] {
  return (JSON.parse(text) as { features: GeoFeature[] }).features;
}

/** Parses industrial_parks.csv (no quoted fields in it). */
export function parseParksCsv(text: string): ParkRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header!.split(",");
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`industrial_parks.csv: no column ${name}`);
    return i;
  };
  const [iName, iArea, iStatus, iOcc] = [at("name_vi"), at("area_ha"), at("status_vi"), at("occupancy_pct")];
  return lines.map((line) => {
    const f = line.split(",");
    return {
      name: f[iName]!, areaHa: Number(f[iArea]), status: f[iStatus]!,
      occupancyPct: f[iOcc] === "" || f[iOcc] === undefined ? null : Number(f[iOcc]),
    };
  });
}

function districtsOf(features: GeoFeature[]): SeedDistrict[] {
  return features
    .map((f) => {
      const full = f.properties.full_name!;
      return {
        code: f.properties.code as DistrictCode,
        name: f.properties.name!,
        fullName: full,
        label: full.charAt(0).toLowerCase() + full.slice(1),
        geometry: f.geometry,
        polygons: f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [f.geometry.coordinates],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

function personName(rng: Random): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE_MALE)} ${rng.pick(GIVEN_MALE)}`;
}

/** Outline parcels: sheets of 500 m × 500 m in the project frame, numbered row by row. */
function outlineNumbering(parcels: readonly MeasuredParcel[]): Numbering {
  const u0 = Math.min(...parcels.map((p) => p.u));
  const v0 = Math.min(...parcels.map((p) => p.v));
  return {
    sheetKey: (p) => Math.floor((p.v - v0) / 500) * 1000 + Math.floor((p.u - u0) / 500),
    order: (a, b) => a.v - b.v || a.u - b.u,
  };
}

/** Corridor parcels: a sheet every 700 m of chainage. */
function corridorNumbering(parcels: readonly MeasuredParcel[]): Numbering {
  const u0 = Math.min(...parcels.map((p) => p.u));
  return { sheetKey: (p) => Math.floor((p.u - u0) / 700), order: (a, b) => a.u - b.u || a.v - b.v };
}

function sumTenths(parcels: readonly { areaTenths: number }[]): number {
  return parcels.reduce((s, p) => s + p.areaTenths, 0);
}

/** Builds the whole demo dataset. */
export function buildSeed(inputs: SeedInputs): { sql: string; model: SeedModel } {
  const root = createRandom(SEED);
  const districts = districtsOf(parseGeo(inputs.districtsGeojson));
  const province = parseGeo(inputs.provinceGeojson)[0];
  if (!province || districts.length !== 10) throw new Error("expected 1 province and 10 districts");
  const districtBy = (code: string) => {
    const d = districts.find((x) => x.code === code);
    if (!d) throw new Error(`unknown district ${code}`);
    return d;
  };
  const labelOf = (code: string) => districtBy(code).label;
  const projects: SeedProject[] = [];
  const parcels: SeedParcel[] = [];
  const keepOuts: KeepOut[] = [];

  const finish = (
    spec: Pick<ProjectSpec, "code" | "name" | "kind" | "investor" | "decisionRef" | "status" | "decision" | "dueDate"
      | "statusNote" | "startDate" | "infraShare" | "enteredShare">,
    rng: Random, geometry: Polygon | LineString, corridorWidthM: number | null, container: Ring,
    communes: Partial<Record<DistrictCode, string[]>>, records: SeedParcel[], responsibleUnit: string,
  ) => {
    const maxStage = Math.max(0, ...records.map((r) => r.stage));
    const districtCodes = [...new Set(records.map((r) => r.district as DistrictCode))].sort();
    const schedule = makeSchedule(spec.startDate, maxStage);
    projects.push({
      code: spec.code, name: spec.name, kind: spec.kind, geometry, corridorWidthM, container,
      areaTenths: sumTenths(records),
      areaToClearTenths: (spec.enteredShare ?? 1) === 1
        ? sumTenths(records)
        : Math.round(sumTenths(records) / spec.enteredShare! / 10) * 10,
      infrastructure: infrastructureReports(records, schedule, spec.infraShare),
      districts: districtCodes, communes, investor: spec.investor, decisionRef: spec.decisionRef,
      status: spec.status, decision: spec.decision,
      responsibleUnit, responsiblePerson: `Ông ${personName(rng)} – người phụ trách (tên minh họa)`,
      dueDate: spec.dueDate, statusNote: spec.statusNote, schedule,
    });
    parcels.push(...records);
  };

  // Ring Road 4: the schematic centre line, its 120 m corridor filled with three rows of fields
  {
    const rng = root.fork(RING_ROAD.code);
    const line = RING_ROAD_LINE.map((p) => [...p] as LonLat);
    const half = RING_ROAD.widthM / 2;
    const laid = fillCorridor(rng.fork("fill"), line, half, 3, [18, 50], districts.map((d) => ({ code: d.code, polygons: d.polygons })));
    const records: SeedParcel[] = [];
    const communes: Partial<Record<DistrictCode, string[]>> = {};
    for (const code of [...new Set(laid.map((p) => p.district))].sort()) {
      const list = RING_ROAD_COMMUNES[code as DistrictCode];
      if (!list) throw new Error(`Ring Road 4 crosses district ${code}, which has no commune list`);
      communes[code as DistrictCode] = list;
      const mine = measureParcels(rng.fork(`area:${code}`), laid.filter((p) => p.district === code));
      const recs = recordParcels(rng.fork(`rec:${code}`), RING_ROAD, code, list, mine, corridorNumbering(mine), 0);
      addBlockers(rng.fork(`block:${code}`), recs, RING_ROAD.blockRate, list, labelOf);
      records.push(...recs);
    }
    const container = corridorPolygon(line, half);
    keepOuts.push(keepOut(container));
    finish(RING_ROAD, rng, { type: "LineString", coordinates: line }, RING_ROAD.widthM, container, communes, records,
      "UBND các huyện Văn Giang, Khoái Châu, Yên Mỹ, Văn Lâm (Trung tâm Phát triển quỹ đất)");
  }

  const parks = parseParksCsv(inputs.parksCsv).map(parkSpec);
  const others = otherSpecs();
  const roads = others.filter((s) => s.corridor);
  const outlined = [...parks, ...clusterSpecs(), ...others.filter((s) => !s.corridor)]
    .sort((a, b) => b.targetHa - a.targetHa || a.code.localeCompare(b.code));

  for (const spec of roads) {
    const rng = root.fork(spec.code);
    const d = districtBy(spec.district);
    const half = spec.corridor!.widthM / 2;
    const line = placeRoad(rng.fork("place"), d.polygons, keepOuts, spec.corridor!.lengthM, half, MARGIN_M);
    const laid = fillCorridor(rng.fork("fill"), line, half, 2, [18, 45], [{ code: d.code, polygons: d.polygons }]);
    const mine = measureParcels(rng.fork("area"), laid);
    const records = recordParcels(rng.fork("rec"), spec, d.code, spec.communes, mine, corridorNumbering(mine), 0);
    addBlockers(rng.fork("block"), records, spec.blockRate, spec.communes, labelOf);
    const container = corridorPolygon(line, half);
    keepOuts.push(keepOut(container));
    finish(spec, rng, { type: "LineString", coordinates: line }, spec.corridor!.widthM, container,
      { [d.code]: spec.communes }, records, `Trung tâm Phát triển quỹ đất ${d.label}`);
  }

  for (const spec of outlined) {
    const rng = root.fork(spec.code);
    const d = districtBy(spec.district);
    const target = Math.round(spec.targetHa * 1e5);
    const placed = placeOutline(rng, d.polygons, keepOuts, spec.parcelClass === "road" ? "small" : spec.parcelClass,
      (target / 10) * 1.015, MARGIN_M);
    const laid: LaidParcel[] = placed.parcels.map((p) => ({ ...p, district: d.code }));
    const mine = trimTo(measureParcels(rng.fork("area"), laid), target);
    if (spec.exactArea) stretchTo(mine, target);
    const front = rng.fork("front").range(0, 2 * Math.PI);
    const records = recordParcels(rng.fork("rec"), spec, d.code, spec.communes, mine, outlineNumbering(mine), front);
    addBlockers(rng.fork("block"), records, spec.blockRate, spec.communes, labelOf);
    const outline = fromMicro(placed.outline);
    keepOuts.push(keepOut(outline));
    finish(spec, rng, { type: "Polygon", coordinates: [outline] }, null, outline, { [d.code]: spec.communes }, records,
      `Trung tâm Phát triển quỹ đất ${d.label}`);
  }

  projects.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.code.localeCompare(b.code));
  const model: SeedModel = { province: { geometry: province.geometry }, districts, projects, parcels };
  return { sql: writeSeedSql(model), model };
}

const KIND_ORDER: ProjectKind[] = [
  "ring_road", "industrial_park", "industrial_cluster", "public_investment", "resettlement", "cemetery", "waste", "urban_housing",
];

function kindOrder(kind: ProjectKind): number {
  return KIND_ORDER.indexOf(kind);
}
