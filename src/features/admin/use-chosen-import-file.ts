// The file the admin chose to import, read and checked on the page (readImportFile), with the one
// import id drawn for it: the dry run and the import send that id, so pressing "Nhập" again (a
// double click, a retry after a lost answer) is answered with what was done, never a second import.

import { useRef, useState } from "react";
import type { ImportFileReading } from "@/domain/outbox-import-file";
import { MAX_IMPORT_FILE_BYTES, readImportFile } from "@/domain/outbox-import-file";

/** Nothing chosen, being read, read (checked or refused), or unreadable (the browser failed). */
export type ChosenImportFile =
  | { readonly status: "none" }
  | { readonly status: "reading"; readonly name: string }
  | { readonly status: "read"; readonly name: string; readonly reading: ImportFileReading; readonly importId: string }
  | { readonly status: "failed"; readonly name: string; readonly message: string };

export function useChosenImportFile(): [ChosenImportFile, (file: File | null) => void] {
  const [chosen, setChosen] = useState<ChosenImportFile>({ status: "none" });
  // a file chosen while the one before is still being read wins
  const latest = useRef(0);

  function choose(file: File | null) {
    const turn = ++latest.current;
    if (!file) {
      setChosen({ status: "none" });
      return;
    }
    const importId = crypto.randomUUID();
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setChosen({ status: "read", name: file.name, reading: { ok: false, problem: "too_large" }, importId });
      return;
    }
    setChosen({ status: "reading", name: file.name });
    file.text().then(
      (text) => {
        if (turn === latest.current) setChosen({ status: "read", name: file.name, reading: readImportFile(text, file.size), importId });
      },
      (error: unknown) => {
        if (turn === latest.current) setChosen({ status: "failed", name: file.name, message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  return [chosen, choose];
}
