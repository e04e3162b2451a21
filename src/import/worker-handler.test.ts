import { describe, expect, it } from "vitest";
import { vn2000ParcelsShapefile } from "../../tests/support/import-fixtures";
import { ROWS_PER_MESSAGE } from "@/import/import-protocol";
import type { FromWorker, ToWorker } from "@/import/import-protocol";
import { parcelOptions } from "@/import/test-support";
import { createWorkerHandler } from "@/import/worker-handler";

/** A handler with its posted messages, and a wait for the first message matching a test. */
function harness() {
  const posted: FromWorker[] = [];
  const waiters: { test: (m: FromWorker) => boolean; resolve: (m: FromWorker) => void }[] = [];
  const handle = createWorkerHandler((m) => {
    posted.push(m);
    for (const w of waiters.filter((w) => w.test(m))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(m);
    }
  });
  const until = (test: (m: FromWorker) => boolean) =>
    new Promise<FromWorker>((resolve) => {
      const seen = posted.find(test);
      if (seen) resolve(seen);
      else waiters.push({ test, resolve });
    });
  return { posted, until, send: (m: ToWorker) => handle(m) };
}

const file = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
const done = (id: number) => (m: FromWorker) => m.id === id && (m.type === "read-done" || m.type === "convert-done" || m.type === "failed");

describe("the worker's message handler", () => {
  it("reads, then converts with rows in chunks and progress for each phase", async () => {
    const h = harness();
    h.send({ type: "read", id: 1, file: file(vn2000ParcelsShapefile(2500, { perRow: 100 })), name: "t.zip" });
    const read = await h.until(done(1));
    expect(read).toMatchObject({ type: "read-done", summary: { rowCount: 2500 } });
    h.send({ type: "convert", id: 2, options: parcelOptions() });
    const end = await h.until(done(2));
    expect(end).toMatchObject({ type: "convert-done", head: { layer: "parcels", problems: [] } });
    const chunks = h.posted.filter((m) => m.type === "rows" && m.id === 2);
    expect(chunks.map((m) => (m.type === "rows" ? (JSON.parse(m.json) as unknown[]).length : 0))).toEqual(Array.from({ length: 2500 / ROWS_PER_MESSAGE }, () => ROWS_PER_MESSAGE));
    const phases = new Set(h.posted.flatMap((m) => (m.type === "progress" ? [m.progress.phase] : [])));
    expect([...phases]).toEqual(["read", "convert", "validate"]);
  }, 30_000);

  it("stops a conversion when cancelled, and stays usable", async () => {
    const h = harness();
    h.send({ type: "read", id: 1, file: file(vn2000ParcelsShapefile(3000, { perRow: 100 })), name: "t.zip" });
    await h.until(done(1));
    h.send({ type: "convert", id: 2, options: parcelOptions() });
    await h.until((m) => m.id === 2 && m.type === "progress" && m.progress.phase === "convert" && m.progress.done > 0);
    h.send({ type: "cancel", id: 2 });
    expect(await h.until(done(2))).toMatchObject({ type: "failed", error: { kind: "cancelled" } });
    h.send({ type: "convert", id: 3, options: parcelOptions() });
    expect(await h.until(done(3))).toMatchObject({ type: "convert-done" });
  }, 30_000);

  it("answers a file error with its code and detail", async () => {
    const h = harness();
    h.send({ type: "read", id: 1, file: file(new TextEncoder().encode("not a zip")), name: "t.zip" });
    expect(await h.until(done(1))).toMatchObject({ type: "failed", error: { kind: "file", code: "malformed", detail: "shapefile_zip" } });
  });
});
