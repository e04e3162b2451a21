// Reading the chosen list file into a table of cells: .xlsx through read-excel-file (loaded only
// when a spreadsheet is chosen), .csv as UTF-8 text. The header row is found and its columns
// matched; the officer may change the match afterwards.

import { useCallback, useRef, useState } from "react";
import type { Cell, HouseholdMapping } from "@/import/household-list";
import { csvTable, findHeaderRow, matchHeaders } from "@/import/household-list";

/** A file read: its cells, the header row (0-based) and the columns as first matched. */
export interface ListFile {
  readonly id: number;
  readonly name: string;
  readonly table: readonly (readonly Cell[])[];
  readonly headerRow: number;
  readonly mapping: HouseholdMapping;
}

export type ListFileState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly name: string }
  | { readonly status: "read"; readonly file: ListFile }
  | { readonly status: "failed"; readonly name: string; readonly reason: "unsupported" | "empty" | "error"; readonly message: string };

async function tableOf(file: File): Promise<readonly (readonly Cell[])[]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import("read-excel-file/browser");
    // numbers as written: ID numbers keep every digit and amounts stay exact
    return (await readSheet<string>(file, { parseNumber: (text: string) => text })) as readonly (readonly Cell[])[];
  }
  const text = new TextDecoder("utf-8").decode(await file.arrayBuffer());
  return csvTable(text);
}

let nextId = 1;

/** The file state and a function reading a chosen file (a later choice replaces an earlier one). */
export function useHouseholdFile(): [ListFileState, (file: File) => void, () => void] {
  const [state, setState] = useState<ListFileState>({ status: "idle" });
  const latest = useRef(0);
  const read = useCallback((file: File) => {
    const id = nextId++;
    latest.current = id;
    if (!/\.(xlsx|csv|txt)$/i.test(file.name)) {
      setState({ status: "failed", name: file.name, reason: "unsupported", message: "" });
      return;
    }
    setState({ status: "reading", name: file.name });
    tableOf(file).then((table) => {
      if (latest.current !== id) return;
      const headerRow = findHeaderRow(table);
      const hasData = table.slice(headerRow + 1).some((row) => row.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
      if (!hasData) setState({ status: "failed", name: file.name, reason: "empty", message: "" });
      else setState({ status: "read", file: { id, name: file.name, table, headerRow, mapping: matchHeaders(table[headerRow] ?? []) } });
    }, (error: unknown) => {
      if (latest.current !== id) return;
      setState({ status: "failed", name: file.name, reason: "error", message: error instanceof Error ? error.message : String(error) });
    });
  }, []);
  const reset = useCallback(() => {
    latest.current = 0;
    setState({ status: "idle" });
  }, []);
  return [state, read, reset];
}
