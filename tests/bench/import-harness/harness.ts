// The page of tests/bench/import-parse.bench.mjs: writes the bench's zipped Shapefile with the
// test fixtures' writer, then times the app's import session (src/import/import-client.ts) and a
// floor worker (floor-worker.ts: fflate + shapefile's bare read loop over the same file), and
// records main-thread long tasks while each worker runs.

import { createImportSession } from "@/import/import-client";
import type { AnyGeometry, ConvertResult, ImportProgress } from "@/domain/import-types";
import { PARCEL_MAPPING, vn2000ParcelsShapefile } from "../../support/import-fixtures";
import provinceText from "../../../public/geo/hung_yen_province_pre2025.geojson?raw";

interface Timing {
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Each long task: start (ms after the step began) and duration. */
  readonly tasks: readonly (readonly [number, number])[];
}

const tasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: "longtask", buffered: false });

/** Runs `work`, returning its time and the long tasks that started meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; timing: Timing }> {
  const from = tasks.length;
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  // Long tasks are reported after they end: let the observer catch up.
  await new Promise((r) => setTimeout(r, 100));
  const during = tasks.slice(from).filter((t) => t.startTime >= start - 1);
  return {
    value,
    timing: {
      ms,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      tasks: during.map((t) => [Math.round(t.startTime - start), Math.round(t.duration)] as const),
    },
  };
}

// The province outline the app passes (the demo's boundary), so outside_province runs on real edges.
const PROVINCE = (JSON.parse(provinceText) as { features: { geometry: AnyGeometry }[] }).features[0]!.geometry;

declare global {
  interface Window {
    benchWrite(count: number, perRow: number): Promise<number>;
    benchFloor(): Promise<{ timing: Timing; records: number }>;
    benchImport(): Promise<Record<string, unknown>>;
    benchIdle(ms: number): Promise<Timing>;
    benchCancel(): Promise<Record<string, unknown>>;
  }
}

let zip: Uint8Array | null = null;

window.benchWrite = async (count, perRow) => {
  zip = vn2000ParcelsShapefile(count, { perRow, size: 20 });
  return zip.byteLength;
};

window.benchFloor = async () => {
  const worker = new Worker(new URL("./floor-worker.ts", import.meta.url), { type: "module" });
  const file = new File([zip as BlobPart], "bench.zip");
  const { value, timing } = await timed(() => new Promise<number>((resolve) => {
    worker.onmessage = (e: MessageEvent<number>) => resolve(e.data);
    worker.postMessage(file);
  }));
  worker.terminate();
  return { timing, records: value };
};

window.benchIdle = async (ms) => (await timed(() => new Promise((r) => setTimeout(r, ms)))).timing;

const parseStats = { count: 0, total: 0, max: 0, chars: 0 };
const realParse = JSON.parse;
JSON.parse = ((text: string, reviver?: never) => {
  const t = performance.now();
  const v: unknown = realParse(text, reviver);
  const d = performance.now() - t;
  parseStats.count++;
  parseStats.total += d;
  parseStats.max = Math.max(parseStats.max, d);
  parseStats.chars += text.length;
  return v;
}) as typeof JSON.parse;

window.benchImport = async () => {
  const session = createImportSession();
  const file = new File([zip as BlobPart], "bench.zip");
  const phases: Record<string, number> = {};
  let progressMessages = 0;
  let phaseStart = performance.now();
  let phase = "";
  const marks: string[] = [];
  const t0 = performance.now();
  const onProgress = (p: ImportProgress) => {
    progressMessages++;
    if (p.phase !== phase || (p.total !== null && p.done === p.total)) marks.push(`${Math.round(performance.now() - t0)}:${p.phase}:${p.done}`);
    if (p.phase !== phase) {
      const now = performance.now();
      if (phase) phases[phase] = (phases[phase] ?? 0) + now - phaseStart;
      phase = p.phase;
      phaseStart = now;
    }
  };
  const read = await timed(() => session.read(file, onProgress));
  const convert = await timed(() => session.convert({
    layer: "parcels",
    crs: read.value.crsFromFile ?? { kind: "vn2000-tm3", centralMeridian: 105.5 },
    axisSwapped: false,
    encoding: read.value.assumedEncoding,
    mapping: PARCEL_MAPPING,
    province: PROVINCE,
    project: null,
    corridorOnly: false,
  }, onProgress));
  phases[phase] = (phases[phase] ?? 0) + performance.now() - phaseStart;
  session.dispose();
  const result: ConvertResult = convert.value;
  return {
    read: read.timing,
    convert: convert.timing,
    phases,
    progressMessages,
    marks,
    parseStats: { ...parseStats },
    rows: result.layer === "parcels" ? result.rows.length : 0,
    problems: result.problems.length,
    firstProblems: result.problems.slice(0, 3),
  };
};

/** Cancels a read and a conversion under way through the real worker, then converts again. */
window.benchCancel = async () => {
  const session = createImportSession();
  const file = new File([zip as BlobPart], "bench.zip");
  const outcome = async (p: Promise<unknown>) => p.then(() => "resolved", (e: unknown) => (e instanceof Error ? e.name : String(e)));
  const reading = session.read(file);
  await new Promise((r) => setTimeout(r, 200));
  let t = performance.now();
  session.cancel();
  const readCancelled = await outcome(reading);
  const readCancelMs = performance.now() - t;
  const summary = await session.read(file);
  const options = {
    layer: "parcels" as const, crs: summary.crsFromFile!, axisSwapped: false, encoding: summary.assumedEncoding,
    mapping: PARCEL_MAPPING, province: PROVINCE, project: null, corridorOnly: false,
  };
  let cancelAt = "";
  const converting = session.convert(options, (p) => {
    if (!cancelAt && p.phase === "convert" && p.done > 0) {
      cancelAt = `${p.phase} ${p.done}/${p.total}`;
      t = performance.now();
      session.cancel();
    }
  });
  const convertCancelled = await outcome(converting);
  const convertCancelMs = performance.now() - t;
  const again = await session.convert(options);
  session.dispose();
  return { readCancelled, readCancelMs, convertCancelled, cancelAt, convertCancelMs, rowsAfter: again.layer === "parcels" ? again.rows.length : 0 };
};

document.getElementById("status")!.textContent = "ready";
