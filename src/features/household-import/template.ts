// The downloadable template: the header row the page matches without help, and one example row,
// whose ID number is a text cell (a number cell would lose its leading zero).

import { HOUSEHOLD_FIELDS, TEMPLATE_HEADERS } from "@/import/household-list";

const EXAMPLE: readonly string[] = [
  "Xã Mễ Sở", "10", "125", "Hộ ông Nguyễn Văn An", "Hộ gia đình", "033089001234", "Thôn 3, xã Mễ Sở", "100", "Giao đất",
  "CS 01234", "150000000", "20000000", "", "", "", "QĐ 12/2025/QĐ-UBND", "Điều 5",
];

const AMOUNT = new Set(["land_vnd", "assets_vnd", "crops_vnd", "support_vnd", "resettlement_vnd", "share_pct"]);

/** Writes the template as an .xlsx download. */
export async function downloadTemplate(sheetName: string): Promise<void> {
  const { default: writeXlsxFile } = await import("write-excel-file/browser");
  const header = TEMPLATE_HEADERS.map((value) => ({ value, type: String, fontWeight: "bold" as const }));
  const example = HOUSEHOLD_FIELDS.map((field, i) => {
    const value = EXAMPLE[i] ?? "";
    if (value === "") return null;
    return AMOUNT.has(field) ? { value: Number(value), type: Number, format: "#,##0" } : { value, type: String };
  });
  const columns = HOUSEHOLD_FIELDS.map((field) => ({ width: field === "party_name" || field === "address" ? 28 : AMOUNT.has(field) ? 16 : 14 }));
  await writeXlsxFile([header, example] as never, { columns, sheet: sheetName.slice(0, 31), stickyRowsCount: 1 })
    .toFile("mau-danh-sach-ho.xlsx");
}
