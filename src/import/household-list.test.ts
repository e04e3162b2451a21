import { describe, expect, it } from "vitest";
import {
  HEADER_NAMES, HOUSEHOLD_FIELDS, TEMPLATE_HEADERS, csvTable, findHeaderRow, foldHeader, matchHeaders, missingFields, plainNumber, rowsOf,
} from "@/import/household-list";

describe("header matching", () => {
  it("folds accents, case, units and punctuation", () => {
    expect(foldHeader("  Số CCCD/CMND ")).toBe("so cccd cmnd");
    expect(foldHeader("Bồi thường đất (đồng)")).toBe("boi thuong dat");
    expect(foldHeader("Tỷ lệ (%)")).toBe("ty le");
    expect(foldHeader("Đất")).toBe("dat");
  });

  it("matches Vietnamese headers", () => {
    const m = matchHeaders(["STT", "Xã/Phường", "Tờ bản đồ", "Số thửa", "Họ tên chủ hộ", "Số CCCD", "Tỷ lệ (%)",
      "Nguồn gốc", "Bồi thường đất (đồng)", "Hỗ trợ", "Căn cứ"]);
    expect(m).toMatchObject({ commune: 1, map_sheet: 2, parcel_no: 3, party_name: 4, id_number: 5, share_pct: 6,
      origin: 7, land_vnd: 8, support_vnd: 9, basis_document: 10, address: null });
    expect(missingFields(m)).toEqual([]);
  });

  it("matches English headers, and says which required ones are missing", () => {
    const m = matchHeaders(["Commune", "Map sheet", "Parcel no", "ID number", "Land (VND)"]);
    expect(m).toMatchObject({ commune: 0, map_sheet: 1, parcel_no: 2, id_number: 3, land_vnd: 4 });
    expect(missingFields(m)).toEqual(["party_name"]);
  });

  it("gives each column to one field only", () => {
    const m = matchHeaders(["Tên", "Tên"]);
    expect(m.party_name).toBe(0);
    expect(Object.values(m).filter((v) => v === 1)).toEqual([]);
  });

  it("has folded names only, none shared by two fields", () => {
    const seen = new Map<string, string>();
    for (const field of HOUSEHOLD_FIELDS) {
      for (const name of HEADER_NAMES[field]) {
        expect(foldHeader(name)).toBe(name);
        expect(seen.get(name) ?? field).toBe(field);
        seen.set(name, field);
      }
    }
  });

  it("reads the template's own headers back", () => {
    const m = matchHeaders(TEMPLATE_HEADERS);
    expect(HOUSEHOLD_FIELDS.map((f) => m[f])).toEqual(HOUSEHOLD_FIELDS.map((_, i) => i));
  });

  it("finds the header row under a title", () => {
    const table = [["DANH SÁCH HỘ DÂN BỊ THU HỒI ĐẤT"], [], ["Xã", "Tờ", "Thửa", "Họ tên"], ["Mễ Sở", 10, 1, "An"]];
    expect(findHeaderRow(table)).toBe(2);
  });
});

describe("rows", () => {
  const header = ["Xã", "Tờ bản đồ", "Số thửa", "Họ tên", "Loại", "CCCD", "Tỷ lệ", "Nguồn gốc", "Đất", "Tài sản"];
  const mapping = matchHeaders(header);

  it("are numbered as the spreadsheet shows them, empty ones skipped", () => {
    const table = [header, ["Mễ Sở", 10, 1, "Hộ ông An", "Hộ gia đình", "001 089 000 001", "50%", "Giao đất", "1.200.000", 5e6],
      [null, "", null], ["Mễ Sở", "10", "2", "UBND xã", "Tổ chức", null, null, "Đất công ích", null, "abc"]];
    expect(rowsOf(table, 0, mapping)).toEqual([
      { n: 2, commune: "Mễ Sở", map_sheet: "10", parcel_no: "1", party_name: "Hộ ông An", party_kind: "household",
        id_number: "001089000001", share_pct: "50", origin: "allocated", land_vnd: "1200000", assets_vnd: "5000000" },
      { n: 4, commune: "Mễ Sở", map_sheet: "10", parcel_no: "2", party_name: "UBND xã", party_kind: "organisation",
        id_number: null, share_pct: null, origin: "public_land", land_vnd: null, assets_vnd: "abc" },
    ]);
  });

  it("keep unknown words as written, for the server to name", () => {
    const [row] = rowsOf([header, ["X", 1, 1, "A", "nhóm", null, null, "mua bán"]], 0, mapping);
    expect(row).toMatchObject({ party_kind: "nhóm", origin: "mua bán" });
  });
});

describe("plain numbers", () => {
  it.each([
    ["1200000", "1200000"], ["1.200.000", "1200000"], ["1,200,000", "1200000"], ["1 200 000 đ", "1200000"],
    ["50,5", "50.5"], ["50.5", "50.5"], ["60%", "60"], ["1.200.000,5", "1.200.000,5"], ["một triệu", "một triệu"],
  ])("%s → %s", (text, expected) => {
    expect(plainNumber(text)).toBe(expected);
  });
});

describe("CSV", () => {
  it("reads ';' or ',' with or without BOM, quotes kept", () => {
    expect(csvTable("\uFEFFXã;Tờ;Thửa\r\nMễ Sở;10;\"1;2\"\r\n")).toEqual([["Xã", "Tờ", "Thửa"], ["Mễ Sở", "10", "1;2"]]);
    expect(csvTable("Xã,Tờ,Thửa\nMễ Sở,10,1")).toEqual([["Xã", "Tờ", "Thửa"], ["Mễ Sở", "10", "1"]]);
  });
});
