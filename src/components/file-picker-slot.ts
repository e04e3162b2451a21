// A place in the officer's confirmation for the photos-and-documents picker: the app hands the
// picker in through this context, since features do not import each other.

import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { PreparedFile } from "@/domain/attachment-types";

/** What the picker takes: the chosen files, kept by its parent. */
export interface FilePickerProps {
  readonly files: readonly PreparedFile[];
  readonly onChange: (files: PreparedFile[]) => void;
  readonly disabled?: boolean;
}

/** Renders the picker; null where none is given (then the confirmation has no files). */
export type RenderFilePicker = (props: FilePickerProps) => ReactNode;

export const FilePickerSlot = createContext<RenderFilePicker | null>(null);

/** The picker the app gave, if any. */
export function useFilePicker(): RenderFilePicker | null {
  return useContext(FilePickerSlot);
}
