// What the import worker does with each message, apart from the Worker itself so that unit tests
// drive it directly. Requests run one after another; each yields between chunks, which is when a
// cancel message is seen and progress is sent.

import { convertRead } from "@/import/convert";
import { ImportCancelled, ImportFileError } from "@/import/import-errors";
import type { ConvertOptions, ImportProgress } from "@/domain/import-types";
import { ROWS_PER_MESSAGE } from "@/import/import-protocol";
import type { FromWorker, ToWorker, WorkerError } from "@/import/import-protocol";
import type { ReadResult } from "@/import/raw-feature";
import { readImportFile } from "@/import/read-file";

/** Progress messages at most this often (ms), besides each phase's first and last. */
const PROGRESS_EVERY_MS = 50;

/** Lets queued messages (a cancel) in: a macrotask without setTimeout's clamping. */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function errorOf(e: unknown): WorkerError {
  if (e instanceof ImportCancelled) return { kind: "cancelled" };
  if (e instanceof ImportFileError) return { kind: "file", code: e.code, detail: e.detail };
  return { kind: "bug", message: e instanceof Error ? e.message : String(e) };
}

/** A handler of the worker's incoming messages, posting its answers with `post`. */
export function createWorkerHandler(post: (message: FromWorker, transfer?: Transferable[]) => void): (message: ToWorker) => void {
  let read: ReadResult | null = null;
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  function checkpointFor(id: number) {
    let last = 0;
    let lastPhase: ImportProgress["phase"] | null = null;
    return async (phase: ImportProgress["phase"], done: number, total: number | null) => {
      const now = Date.now();
      if (phase !== lastPhase || now - last >= PROGRESS_EVERY_MS || (total !== null && done >= total)) {
        post({ type: "progress", id, progress: { phase, done, total } });
        last = now;
        lastPhase = phase;
      }
      await yieldToEvents();
      if (cancelled.has(id)) throw new ImportCancelled();
    };
  }

  async function doRead(id: number, file: Blob, name: string): Promise<void> {
    read = null;
    const checkpoint = checkpointFor(id);
    await checkpoint("read", 0, null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await readImportFile(name, bytes, (done, total) => checkpoint("read", done, total));
    read = outcome.result;
    post({ type: "read-done", id, summary: outcome.summary });
  }

  async function doConvert(id: number, options: ConvertOptions): Promise<void> {
    if (!read) throw new Error("convert before read");
    const result = await convertRead(read, options, checkpointFor(id));
    if (result.layer === "project_geometry") {
      post({ type: "convert-done", id, head: result });
      return;
    }
    const { rows, ...head } = result;
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      post({ type: "rows", id, json: JSON.stringify(rows.slice(i, i + ROWS_PER_MESSAGE)) });
      await yieldToEvents();
      if (cancelled.has(id)) throw new ImportCancelled();
    }
    post({ type: "convert-done", id, head });
  }

  return (message) => {
    if (message.type === "cancel") {
      cancelled.add(message.id);
      return;
    }
    queue = queue.then(async () => {
      try {
        if (cancelled.has(message.id)) throw new ImportCancelled();
        if (message.type === "read") await doRead(message.id, message.file, message.name);
        else await doConvert(message.id, message.options);
      } catch (e) {
        post({ type: "failed", id: message.id, error: errorOf(e) });
      } finally {
        cancelled.delete(message.id);
      }
    });
  };
}
