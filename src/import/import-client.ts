// The import worker as the page uses it: one ImportSession per file. The worker is started on the
// first request (so the page's own code does not wait for it) and its module is a chunk of its own.

import { MAX_IMPORT_FILE_BYTES } from "@/domain/limits";
import { ImportCancelled, ImportFileError } from "@/import/import-errors";
import type { ConvertOptions, ConvertResult, ImportProgress, ImportSession, ReadSummary } from "@/domain/import-types";
import type { FromWorker, ResultHead, ToWorker } from "@/import/import-protocol";

export { ImportCancelled, ImportFileError };

interface Pending {
  readonly kind: "read" | "convert";
  readonly resolve: (value: never) => void;
  readonly reject: (reason: unknown) => void;
  readonly onProgress: ((p: ImportProgress) => void) | undefined;
  readonly rows: unknown[];
}

/** A new session with its own worker. */
export function createImportSession(): ImportSession {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { id: number; job: Pending } | null = null;
  // A convert after a read cancelled by ending the worker needs the file read again.
  let lastRead: { file: File } | null = null;
  let readIsCurrent = false;

  function onMessage(event: MessageEvent<FromWorker>): void {
    const message = event.data;
    if (!pending || message.id !== pending.id) return;
    const { job } = pending;
    switch (message.type) {
      case "progress":
        job.onProgress?.(message.progress);
        return;
      case "rows":
        for (const row of JSON.parse(message.json) as unknown[]) job.rows.push(row);
        return;
      case "read-done":
        pending = null;
        readIsCurrent = true;
        (job.resolve as (s: ReadSummary) => void)(message.summary);
        return;
      case "convert-done": {
        pending = null;
        const head: ResultHead = message.head;
        const result = head.layer === "project_geometry" ? head : ({ ...head, rows: job.rows } as ConvertResult);
        (job.resolve as (r: ConvertResult) => void)(result);
        return;
      }
      case "failed": {
        pending = null;
        const e = message.error;
        job.reject(e.kind === "cancelled" ? new ImportCancelled() : e.kind === "file" ? new ImportFileError(e.code, e.detail) : new Error(e.message));
      }
    }
  }

  function ensureWorker(): Worker {
    if (!worker) {
      worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module", name: "import" });
      worker.onmessage = onMessage;
      worker.onerror = (event) => {
        const job = pending?.job;
        pending = null;
        job?.reject(new Error(event.message || "import worker failed"));
      };
    }
    return worker;
  }

  function send<T>(kind: Pending["kind"], message: (id: number) => ToWorker, onProgress?: (p: ImportProgress) => void): Promise<T> {
    if (pending) {
      // One step at a time: a new one replaces the step under way.
      cancel();
    }
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending = { id, job: { kind, resolve: resolve, reject, onProgress, rows: [] } };
      ensureWorker().postMessage(message(id));
    });
  }

  function cancel(): void {
    if (!pending) return;
    const { id, job } = pending;
    pending = null;
    if (job.kind === "read" && worker) {
      // A read may be inside one long call (unzip, JSON.parse): end the worker rather than wait.
      worker.terminate();
      worker = null;
      readIsCurrent = false;
      lastRead = null;
    } else {
      worker?.postMessage({ type: "cancel", id } satisfies ToWorker);
    }
    job.reject(new ImportCancelled());
  }

  return {
    read(file, onProgress) {
      if (file.size > MAX_IMPORT_FILE_BYTES) return Promise.reject(new ImportFileError("too_large", String(MAX_IMPORT_FILE_BYTES)));
      lastRead = { file };
      readIsCurrent = false;
      return send<ReadSummary>("read", (id) => ({ type: "read", id, file, name: file.name }), onProgress);
    },
    async convert(options: ConvertOptions, onProgress) {
      if (!readIsCurrent) {
        if (!lastRead) throw new Error("convert() before read()");
        await send<ReadSummary>("read", (id) => ({ type: "read", id, file: lastRead!.file, name: lastRead!.file.name }), onProgress);
      }
      return send<ConvertResult>("convert", (id) => ({ type: "convert", id, options }), onProgress);
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
