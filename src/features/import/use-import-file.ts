// One file in the import worker: reading it (with progress and a cancel), then converting and
// checking it as often as the person changes their choices. One worker session per file, ended
// when another file is chosen or the page is left.

import { useCallback, useEffect, useRef, useState } from "react";
import { createImportSession, ImportCancelled, ImportFileError } from "@/import/import-client";
import type { ConvertOptions, ConvertResult, ImportProgress, ImportSession, ReadSummary } from "@/domain/import-types";
import { MAX_IMPORT_FILE_BYTES } from "@/domain/limits";

/** Why reading stopped: the worker's file error, a cancel, the size cap, or something unexpected. */
export type FileProblem =
  | { readonly kind: "file"; readonly error: ImportFileError }
  | { readonly kind: "too_large"; readonly name: string; readonly size: number }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string };

/** Where the file is. `fileId` changes with every file read, so later steps know their results are of another file. */
export type FileState =
  | { readonly status: "none" }
  | { readonly status: "reading"; readonly progress: ImportProgress | null }
  | { readonly status: "read"; readonly summary: ReadSummary; readonly fileId: number }
  | { readonly status: "failed"; readonly problem: FileProblem };

/** A convert under way or done: keyed by the choices it was made with. */
export type CheckState =
  | { readonly status: "none" }
  | { readonly status: "checking"; readonly key: string; readonly progress: ImportProgress | null }
  /** `runId` tells two checks with the same choices apart (a dry run belongs to one of them). */
  | { readonly status: "checked"; readonly key: string; readonly runId: number; readonly result: ConvertResult }
  | { readonly status: "failed"; readonly key: string; readonly message: string | null; readonly cancelled: boolean };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file, its check, and what the page can do with them. */
export function useImportFile() {
  const session = useRef<ImportSession | null>(null);
  const nextFileId = useRef(0);
  const nextRunId = useRef(0);
  const [file, setFile] = useState<FileState>({ status: "none" });
  const [check, setCheck] = useState<CheckState>({ status: "none" });

  useEffect(() => function endSession() {
    session.current?.dispose();
    session.current = null;
  }, []);

  const choose = useCallback((chosen: File) => {
    session.current?.dispose();
    session.current = null;
    setCheck({ status: "none" });
    // refused before anything is read, saying so (the worker checks again)
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFile({ status: "failed", problem: { kind: "too_large", name: chosen.name, size: chosen.size } });
      return;
    }
    let created: ImportSession;
    try {
      created = createImportSession();
    } catch (error) {
      setFile({ status: "failed", problem: { kind: "failed", message: messageOf(error) } });
      return;
    }
    session.current = created;
    const fileId = ++nextFileId.current;
    setFile({ status: "reading", progress: null });
    created.read(chosen, (progress) => {
      if (session.current === created) setFile({ status: "reading", progress });
    }).then(
      (summary) => {
        if (session.current === created) setFile({ status: "read", summary, fileId });
      },
      (error: unknown) => {
        if (session.current !== created) return;
        const problem: FileProblem = error instanceof ImportCancelled ? { kind: "cancelled" }
          : error instanceof ImportFileError ? { kind: "file", error }
          : { kind: "failed", message: messageOf(error) };
        setFile({ status: "failed", problem });
      },
    );
  }, []);

  const runCheck = useCallback((options: ConvertOptions, key: string) => {
    const current = session.current;
    if (!current) return;
    const runId = ++nextRunId.current;
    setCheck({ status: "checking", key, progress: null });
    current.convert(options, (progress) => {
      if (session.current === current) setCheck({ status: "checking", key, progress });
    }).then(
      (result) => {
        if (session.current === current) setCheck({ status: "checked", key, runId, result });
      },
      (error: unknown) => {
        if (session.current !== current) return;
        const cancelled = error instanceof ImportCancelled;
        setCheck({ status: "failed", key, cancelled, message: cancelled ? null : messageOf(error) });
      },
    );
  }, []);

  const cancel = useCallback(() => session.current?.cancel(), []);

  const reset = useCallback(() => {
    session.current?.dispose();
    session.current = null;
    setFile({ status: "none" });
    setCheck({ status: "none" });
  }, []);

  return { file, check, choose, runCheck, cancel, reset };
}
