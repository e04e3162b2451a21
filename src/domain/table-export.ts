// The meeting view's tables as one model each (columns with their headers, type and value), read
// by the screen, the CSV file and the XLSX file alike, so that a figure can never differ between
// them. This module is pure: it builds the CSV text and the XLSX sheet's cells; the page hands
// the cells to write-excel-file, loaded only when someone asks for a file.
//
// CSV is for other programs (a GIS, a script, a spreadsheet's import): RFC 4180 with commas,
// numbers in plain "1234.5" form and days as "YYYY-MM-DD", because a "1.234,5" written for
// Vietnamese eyes is read as 1.2345 or as text by most tools. The UTF-8 BOM makes Excel read the
// Vietnamese headers as UTF-8. XLSX is for people: numbers stay numbers and dates real dates,
// shown in the vi-VN way by the cells' formats.

import type { Lang } from "@/domain/lang";

/**
 * What a column holds, which decides how it is shown, sorted and written:
 *   text    a string;
 *   count   a whole number;
 *   ha      hectares;
 *   percent a share, 0..1 (0.853 is 85,3 %);
 *   date    a Hưng Yên calendar day "YYYY-MM-DD";
 *   days    a whole number of days.
 */
export type CellType = "text" | "count" | "ha" | "percent" | "date" | "days";

/** A cell's value: a string for text and date columns, a number for the others; null when missing. */
export type CellValue = string | number | null;

/** One column of a table model. */
export interface TableColumn<R> {
  readonly id: string;
  readonly headerVi: string;
  readonly headerEn: string;
  readonly type: CellType;
  readonly value: (row: R) => CellValue;
  /** Width in the XLSX file, in characters; a default by type otherwise. */
  readonly width?: number;
}

/** A table as the screen and both files show it. */
export interface TableModel<R> {
  /** The file name's stem ("5-ro-du-an"). */
  readonly fileName: string;
  /** The sheet's name (Excel allows 31 characters). */
  readonly sheetVi: string;
  readonly columns: readonly TableColumn<R>[];
  /** The totals row by column id; null for a table without one. */
  readonly totals: Readonly<Record<string, CellValue>> | null;
}

/** The header of `column` in `lang`. */
export function columnHeader(column: Pick<TableColumn<unknown>, "headerVi" | "headerEn">, lang: Lang): string {
  return lang === "en" ? column.headerEn : column.headerVi;
}

/** The UTF-8 byte order mark that tells Excel the file is UTF-8. */
export const BOM = "\ufeff";

/** How many decimals a number keeps in a file: enough for m² inside hectares and 0.1 % steps. */
const FILE_DECIMALS: Record<CellType, number> = { text: 0, count: 0, days: 0, date: 0, ha: 4, percent: 4 };

/** A number as a file writes it: plain digits with "." and at most the type's decimals. */
export function fileNumber(value: number, type: CellType): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toFixed(FILE_DECIMALS[type]));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** One CSV field, quoted when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell as CSV text. */
export function csvCell(value: CellValue, type: CellType): string {
  if (value === null) return "";
  if (typeof value === "number") return fileNumber(value, type);
  // a text starting with =, +, - or @ would run as a formula when Excel opens the file
  return csvField(type === "text" && /^[=+\-@]/.test(value) ? `'${value}` : value);
}

/** The CSV file of `rows` under `model`: BOM, Vietnamese headers, CRLF line ends, the totals row last. */
export function buildCsv<R>(model: TableModel<R>, rows: readonly R[], lang: Lang = "vi"): string {
  const lines = [model.columns.map((c) => csvField(columnHeader(c, lang))).join(",")];
  for (const row of rows) lines.push(model.columns.map((c) => csvCell(c.value(row), c.type)).join(","));
  if (model.totals) lines.push(model.columns.map((c) => csvCell(model.totals?.[c.id] ?? null, c.type)).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** A cell of the XLSX sheet as write-excel-file takes it. */
export interface XlsxCell {
  readonly value?: string | number | Date;
  readonly type?: StringConstructor | NumberConstructor | DateConstructor;
  readonly format?: string;
  readonly fontWeight?: "bold";
  readonly wrap?: boolean;
}

/** Excel number formats: the file's reader shows them with its own separators (vi-VN: 1.234,56). */
const XLSX_FORMATS: Partial<Record<CellType, string>> = {
  count: "#,##0", days: "#,##0", ha: "#,##0.00", percent: "0.0%", date: "dd/mm/yyyy",
};
const DEFAULT_WIDTHS: Record<CellType, number> = { text: 28, count: 10, days: 10, ha: 12, percent: 10, date: 12 };

/** A day as the Date an XLSX date cell holds (midnight UTC: the file has no time zone). */
export function dayAsDate(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** One value as an XLSX cell of its column's type. */
export function xlsxCell(value: CellValue, type: CellType, bold = false): XlsxCell {
  const weight = bold ? { fontWeight: "bold" as const } : {};
  if (value === null) return weight;
  if (type === "date" && typeof value === "string") {
    const date = dayAsDate(value);
    return date ? { value: date, type: Date, format: XLSX_FORMATS.date, ...weight } : { value, type: String, ...weight };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return weight;
    return { value: Number(fileNumber(value, type)), type: Number, format: XLSX_FORMATS[type], ...weight };
  }
  return { value, type: String, ...weight };
}

/** The sheet of `rows` under `model`: bold headers, one row per row, the totals row last and bold. */
export function buildXlsxSheet<R>(model: TableModel<R>, rows: readonly R[], lang: Lang = "vi"): {
  data: XlsxCell[][];
  columns: { width: number }[];
} {
  const header = model.columns.map((c) => ({ value: columnHeader(c, lang), type: String, fontWeight: "bold" as const, wrap: true }));
  const body = rows.map((row) => model.columns.map((c) => xlsxCell(c.value(row), c.type)));
  const totals = model.totals ? [model.columns.map((c) => xlsxCell(model.totals?.[c.id] ?? null, c.type, true))] : [];
  return {
    data: [header, ...body, ...totals],
    columns: model.columns.map((c) => ({ width: c.width ?? DEFAULT_WIDTHS[c.type] })),
  };
}

/** A file name from `stem` and the day shown ("5-ro-du-an_2024-12-31.csv"; "hien-tai" for today). */
export function exportFileName(stem: string, day: string | null, extension: string): string {
  return `${stem}_${day ?? "hien-tai"}.${extension}`;
}

/** Which way a column is sorted. */
export type SortDirection = "ascending" | "descending";

/** Two values of a column compared (text in Vietnamese order); missing values last either way. */
function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "vi", { numeric: true, sensitivity: "base" });
}

/** `rows` sorted by `column`, ties kept in their order; missing values go last whichever the way. */
export function sortRows<R>(rows: readonly R[], column: TableColumn<R>, direction: SortDirection): R[] {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((x) => x.row);
}
