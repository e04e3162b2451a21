import { describe, expect, it } from "vitest";
import type { TableModel } from "@/domain/table-export";
import { BOM, buildCsv, buildXlsxSheet, csvCell, exportFileName, fileNumber, sortRows, xlsxCell } from "@/domain/table-export";

interface Row { name: string | null; parcels: number; ha: number | null; share: number; due: string | null }

const model: TableModel<Row> = {
  fileName: "thu", sheetVi: "Thử",
  columns: [
    { id: "name", headerVi: "Tên dự án", headerEn: "Project", type: "text", value: (r) => r.name },
    { id: "parcels", headerVi: "Số thửa", headerEn: "Parcels", type: "count", value: (r) => r.parcels },
    { id: "ha", headerVi: "Diện tích (ha)", headerEn: "Area (ha)", type: "ha", value: (r) => r.ha },
    { id: "share", headerVi: "Tỷ lệ", headerEn: "Share", type: "percent", value: (r) => r.share },
    { id: "due", headerVi: "Hạn, ngày", headerEn: "Due", type: "date", value: (r) => r.due },
  ],
  totals: { name: "Tổng cộng", parcels: 3, ha: 1.5, share: 0.5, due: null },
};

const rows: Row[] = [
  { name: 'Cụm "Tân Quang", giai đoạn 1', parcels: 1, ha: 1.23456789, share: 0.25, due: "2024-12-31" },
  { name: "=HYPERLINK(1)", parcels: 2, ha: null, share: 1, due: null },
];

describe("CSV", () => {
  it("starts with a BOM and Vietnamese headers, quotes what needs it and ends lines with CRLF", () => {
    const csv = buildCsv(model, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Tên dự án,Số thửa,Diện tích (ha),Tỷ lệ,\"Hạn, ngày\"",
      '"Cụm ""Tân Quang"", giai đoạn 1",1,1.2346,0.25,2024-12-31',
      "'=HYPERLINK(1),2,,1,",
      "Tổng cộng,3,1.5,0.5,",
      "",
    ]);
  });

  it("writes English headers when asked", () => {
    expect(buildCsv(model, [], "en").slice(1).split("\r\n")[0]).toBe("Project,Parcels,Area (ha),Share,Due");
  });

  it("writes numbers plainly, without grouping or a minus zero", () => {
    expect(fileNumber(1234567.5, "ha")).toBe("1234567.5");
    expect(fileNumber(-0.00001, "ha")).toBe("0");
    expect(fileNumber(12.6, "count")).toBe("13");
    expect(fileNumber(Number.NaN, "count")).toBe("");
    expect(csvCell("  padded", "text")).toBe('"  padded"');
    expect(csvCell("line\nbreak", "text")).toBe('"line\nbreak"');
  });
});

describe("XLSX", () => {
  it("keeps numbers as numbers and days as dates, with a bold header and totals row", () => {
    const sheet = buildXlsxSheet(model, rows);
    expect(sheet.data).toHaveLength(4);
    expect(sheet.data[0]?.[0]).toMatchObject({ value: "Tên dự án", fontWeight: "bold" });
    expect(sheet.data[1]?.[1]).toEqual({ value: 1, type: Number, format: "#,##0" });
    expect(sheet.data[1]?.[2]).toMatchObject({ value: 1.2346, type: Number });
    expect(sheet.data[1]?.[3]).toMatchObject({ value: 0.25, format: "0.0%" });
    expect(sheet.data[1]?.[4]).toEqual({ value: new Date(Date.UTC(2024, 11, 31)), type: Date, format: "dd/mm/yyyy" });
    expect(sheet.data[2]?.[2]).toEqual({});
    expect(sheet.data[3]?.[1]).toMatchObject({ value: 3, fontWeight: "bold" });
    expect(sheet.columns.map((c) => c.width)).toEqual([28, 10, 12, 10, 12]);
  });

  it("keeps a date column's text that is not a day as text", () => {
    expect(xlsxCell("sắp tới", "date")).toEqual({ value: "sắp tới", type: String });
  });
});

describe("sorting and names", () => {
  const byHa = model.columns[2];
  const byName = model.columns[0];
  it("sorts numbers both ways with missing values last", () => {
    const list: Row[] = [
      { ...rows[0]!, name: "b", ha: 2 }, { ...rows[0]!, name: "a", ha: null }, { ...rows[0]!, name: "c", ha: 1 },
    ];
    expect(sortRows(list, byHa!, "ascending").map((r) => r.name)).toEqual(["c", "b", "a"]);
    expect(sortRows(list, byHa!, "descending").map((r) => r.name)).toEqual(["b", "c", "a"]);
  });

  it("sorts Vietnamese text in its own order", () => {
    const list = ["Đông", "Dương", "An"].map((name) => ({ ...rows[0]!, name }));
    expect(sortRows(list, byName!, "ascending").map((r) => r.name)).toEqual(["An", "Dương", "Đông"]);
  });

  it("names files by the day shown", () => {
    expect(exportFileName("5-ro", "2024-12-31", "csv")).toBe("5-ro_2024-12-31.csv");
    expect(exportFileName("5-ro", null, "xlsx")).toBe("5-ro_hien-tai.xlsx");
  });
});
