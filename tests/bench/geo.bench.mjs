// `npm run bench:geo`: src/geo's hand-written functions beside the turf functions that could
// replace them, on the demo seed's shapes, in one run (run with tsx, which reads the TypeScript).
// Each pair is timed turn about, several rounds, and the medians printed with what each adds,
// minified and gzipped, to a bundle of its own. It also times the turf-based functions on the
// paths that handle many shapes. Prints figures; never fails.
import { gzipSync } from "node:zlib";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanIntersects } from "@turf/boolean-intersects";
import { centerOfMass } from "@turf/center-of-mass";
import { buildSeed } from "../../supabase/seed/build-seed.ts";
import { readSeedInputs } from "../../supabase/seed/seed-inputs.ts";
import { geometryBox, pointInRing } from "../../src/geo/geometry.ts";
import { fillToShare } from "../../src/geo/fill-share.ts";
import { polygonCentroid } from "../../src/geo/label-points.ts";
import { LABEL_GAP, placeLabels } from "../../src/geo/label-placement.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PARCELS = 100_000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

/** Medians of `fns` (name → function), each run once per round, turn about. */
function timeTurnAbout(fns) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      const start = performance.now();
      fn();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Minified, gzipped size of a bundle holding only `source` (an ES module importing what it measures). */
async function bundledGz(source) {
  // Inside the repository (.tmp is ignored by git), so that the entry resolves its packages.
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".tmp", "geo-bench-"));
  try {
    const entry = join(dir, "entry.js");
    writeFileSync(entry, source);
    const out = await build({
      configFile: false,
      logLevel: "silent",
      root: ROOT,
      resolve: { alias: { "@": join(ROOT, "src") } },
      build: { write: false, minify: true, lib: { entry, formats: ["es"], fileName: "entry" } },
    });
    const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === "chunk");
    return chunks.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(what, hand, turf, extra = "") {
  const ratio = turf / hand;
  console.log(`${what.padEnd(44)} hand ${ms(hand).padStart(10)}   turf ${ms(turf).padStart(10)}   turf/hand ${ratio.toFixed(2)}${extra}`);
}

// The seed's parcels (about 15,000), repeated side by side to 100,000 as in bench:map.
const { model } = buildSeed(readSeedInputs(ROOT));
const seedParcels = model.parcels.map((p) => p.ring.map(([x, y]) => [x / 1e6, y / 1e6]));
const parcels = [];
for (let copy = 0; parcels.length < PARCELS; copy++) {
  for (const ring of seedParcels) {
    if (parcels.length === PARCELS) break;
    parcels.push({ type: "Polygon", coordinates: [copy === 0 ? ring : ring.map(([x, y]) => [x + copy * 0.3, y])] });
  }
}
const outlines = model.projects.filter((p) => p.geometry.type === "Polygon").map((p) => p.geometry);
const districts = model.districts.map((d) => d.geometry);
console.log(`bench:geo — ${parcels.length} parcels, ${outlines.length} project outlines, ${districts.length} districts; medians of ${ROUNDS} rounds`);

// 1. Centroids of every parcel: what an officer's box or lasso selection computes.
{
  const t = timeTurnAbout({
    hand: () => parcels.map((g) => polygonCentroid(g)),
    turf: () => parcels.map((g) => centerOfMass(g).geometry.coordinates),
  });
  const gzHand = await bundledGz(`import { polygonCentroid } from "@/geo/label-points";\nexport const f = polygonCentroid;\n`);
  const gzTurf = await bundledGz(`import { centerOfMass } from "@turf/center-of-mass";\nexport const f = centerOfMass;\n`);
  line(`centroid of ${PARCELS} parcels`, t.hand, t.turf, `   bundled gz: hand ${kib(gzHand)}, turf ${kib(gzTurf)}`);
}

// 2. Label placement, rerun after every move: the province view's labels, and a crowded view.
for (const count of [60, 400]) {
  const candidates = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`, x: (i * 97) % 1200, y: (i * 53) % 800, width: 60 + (i % 5) * 20, height: 16, priority: (i * 31) % count,
  }));
  const view = { width: 1200, height: 800 };
  // The same placement with turf's overlap test on the boxes as polygons.
  const turfPlace = () => {
    const placed = [];
    const shown = new Set();
    for (const c of [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))) {
      const x0 = c.x - c.width / 2;
      const y0 = c.y - c.height / 2;
      if (x0 < 0 || y0 < 0 || x0 + c.width > view.width || y0 + c.height > view.height) continue;
      const box = bboxPolygon([x0 - LABEL_GAP, y0 - LABEL_GAP, x0 + c.width + LABEL_GAP, y0 + c.height + LABEL_GAP]);
      // booleanIntersects counts touching edges; placeLabels lets boxes touch. Close enough to time.
      if (placed.some((p) => booleanIntersects(box, p))) continue;
      placed.push(box);
      shown.add(c.id);
    }
    return shown;
  };
  const t = timeTurnAbout({ hand: () => placeLabels(candidates, view), turf: turfPlace });
  line(`label placement, ${count} candidates (per move)`, t.hand, t.turf, "   (a frame is 16.7 ms)");
}

// 3. The turf-based functions on the paths that handle many shapes (no hand-written version left).
{
  const centroids = parcels.map((g) => polygonCentroid(g));
  const [w, s, e, n] = geometryBox({ type: "MultiPolygon", coordinates: parcels.slice(0, seedParcels.length).map((g) => g.coordinates) });
  const lasso = [];
  for (let i = 0; i < 200; i++) {
    const a = (i / 200) * 2 * Math.PI;
    lasso.push([(w + e) / 2 + ((e - w) / 3) * Math.cos(a) * (1 + 0.3 * Math.sin(5 * a)), (s + n) / 2 + ((n - s) / 3) * Math.sin(a)]);
  }
  lasso.push(lasso[0]);
  const shares = (list) => list.map((_, i) => ((i * 37) % 100) / 100 + 0.005);
  const outlineShares = shares(outlines);
  const districtShares = shares(districts);
  const t = timeTurnAbout({
    pip: () => centroids.filter((c) => pointInRing(c, lasso)).length,
    box: () => parcels.map((g) => geometryBox(g)),
    gauges: () => outlines.map((g, i) => fillToShare(g, outlineShares[i])),
    districtGauges: () => districts.map((g, i) => fillToShare(g, districtShares[i])),
  });
  console.log(`${"turf: point in a 200-vertex lasso, 100000 centroids".padEnd(56)} ${ms(t.pip)}`);
  console.log(`${"turf: box of 100000 parcels".padEnd(56)} ${ms(t.box)}`);
  console.log(`${`turf: gauges of ${outlines.length} project outlines`.padEnd(56)} ${ms(t.gauges)}`);
  console.log(`${`turf: gauges of ${districts.length} district outlines`.padEnd(56)} ${ms(t.districtGauges)}`);
}
