// A household list as a spreadsheet gives it (a table of cells, from .xlsx or .csv) turned into
// the rows public.import_households takes: the header row found, its columns matched to the
// list's fields by Vietnamese or English names, and each cell turned into text or a plain number.
// Nothing here judges a value: what cannot be read is sent as written, and the server says
// what is wrong with it, so the page and the server never disagree about a rule.

import { csvRecords } from "@/import/read-csv";

/** The fields of a household list row, in the template's column order. */
export const HOUSEHOLD_FIELDS = [
  "commune", "map_sheet", "parcel_no", "party_name", "party_kind", "id_number", "address", "share_pct", "origin",
  "certificate_no", "land_vnd", "assets_vnd", "crops_vnd", "support_vnd", "resettlement_vnd", "basis_document",
  "basis_article",
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

/** Rows per upload at most (import_households refuses more). */
export const MAX_HOUSEHOLD_ROWS = 20_000;

/** The fields every row needs a column for. */
export const REQUIRED_HOUSEHOLD_FIELDS: readonly HouseholdField[] = ["commune", "map_sheet", "parcel_no", "party_name"];

/** The amount fields: each becomes a plan line of its group. */
export const AMOUNT_FIELDS: readonly HouseholdField[] = ["land_vnd", "assets_vnd", "crops_vnd", "support_vnd", "resettlement_vnd"];

/** The template's header row (Vietnamese, as the lists are written), one per field in order. */
export const TEMPLATE_HEADERS: readonly string[] = [
  "Xã/phường", "Tờ bản đồ", "Số thửa", "Họ tên", "Loại", "Số CCCD/MST", "Địa chỉ", "Tỷ lệ (%)", "Nguồn gốc", "Số GCN",
  "Bồi thường đất (đồng)", "Tài sản (đồng)", "Cây trồng (đồng)", "Hỗ trợ (đồng)", "Tái định cư (đồng)", "Căn cứ",
  "Điều khoản",
];

/** A cell as a spreadsheet reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Which column (0-based) holds each field, or null for none. */
export type HouseholdMapping = Readonly<Record<HouseholdField, number | null>>;

/** One row as sent: `n` is the row's number in the file, as a spreadsheet shows it. */
export type HouseholdImportRow = { readonly n: number } & Readonly<Partial<Record<HouseholdField, string | null>>>;

/** Header names per field, folded (see foldHeader); the first is the template's. */
export const HEADER_NAMES: Readonly<Record<HouseholdField, readonly string[]>> = {
  commune: ["xa phuong", "xa", "phuong", "xa thi tran", "don vi hanh chinh", "dia ban", "commune", "ward", "commune ward"],
  map_sheet: ["to ban do", "so to", "so to ban do", "to", "shbando", "map sheet", "sheet"],
  parcel_no: ["thua dat", "so thua", "thua", "thua so", "shthua", "parcel", "parcel no", "parcel number"],
  party_name: ["ho ten", "ten", "ten chu su dung", "chu su dung", "chu ho", "ho ten chu ho", "nguoi su dung dat",
    "ten ho", "ten nguoi su dung", "name", "party", "party name", "holder", "owner", "owner name"],
  party_kind: ["loai", "loai chu", "doi tuong", "loai doi tuong", "kind", "party kind", "type"],
  id_number: ["so cccd", "cccd", "cmnd", "cccd cmnd", "so cccd cmnd", "so dinh danh", "ma so thue", "so cccd mst", "cccd mst",
    "id number", "id", "citizen id", "tax code"],
  address: ["dia chi", "noi thuong tru", "dia chi thuong tru", "address"],
  share_pct: ["ty le", "ti le", "ty le so huu", "phan quyen", "share", "share pct"],
  origin: ["nguon goc", "nguon goc su dung dat", "nguon goc dat", "origin"],
  certificate_no: ["so gcn", "gcn", "so giay chung nhan", "giay chung nhan", "so so do", "certificate", "certificate no"],
  land_vnd: ["boi thuong dat", "tien dat", "dat", "boi thuong ve dat", "land"],
  assets_vnd: ["tai san", "boi thuong tai san", "vat kien truc", "tai san vat kien truc", "assets"],
  crops_vnd: ["cay trong", "hoa mau", "cay trong hoa mau", "boi thuong cay trong", "crops"],
  support_vnd: ["ho tro", "tien ho tro", "support"],
  resettlement_vnd: ["tai dinh cu", "tdc", "resettlement"],
  basis_document: ["can cu", "van ban", "can cu phap ly", "van ban can cu", "basis", "basis document", "legal basis"],
  basis_article: ["dieu khoan", "dieu", "article", "basis article"],
};

/** A header folded for comparison: no accents, case, units in brackets, or punctuation. */
export function foldHeader(text: string): string {
  return text
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\b(vnd|dong|%)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The columns of `headers` matched to fields; a column serves one field, the first that names it. */
export function matchHeaders(headers: readonly Cell[]): HouseholdMapping {
  const folded = headers.map((h) => foldHeader(cellText(h) ?? ""));
  const taken = new Set<number>();
  const mapping = Object.fromEntries(HOUSEHOLD_FIELDS.map((f) => [f, null])) as Record<HouseholdField, number | null>;
  for (const field of HOUSEHOLD_FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      const at = folded.findIndex((h, i) => h === name && !taken.has(i));
      if (at >= 0) {
        mapping[field] = at;
        taken.add(at);
        break;
      }
    }
  }
  return mapping;
}

/** How many fields a mapping matched. */
export function matchedCount(mapping: HouseholdMapping): number {
  return HOUSEHOLD_FIELDS.filter((f) => mapping[f] !== null).length;
}

/** The required fields a mapping leaves without a column. */
export function missingFields(mapping: HouseholdMapping): HouseholdField[] {
  return REQUIRED_HOUSEHOLD_FIELDS.filter((f) => mapping[f] === null);
}

/** A table's header row: the first of its first rows that names most fields (a title may come first). */
export function findHeaderRow(table: readonly (readonly Cell[])[]): number {
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < Math.min(table.length, 10); i++) {
    const n = matchedCount(matchHeaders(table[i] ?? []));
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  return best;
}

/** A cell as trimmed text, or null when empty. Dates become "YYYY-MM-DD". */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return text === "" ? null : text;
}

/**
 * An amount of đồng or a share as the server reads numbers (digits, an optional "." decimal
 * part): "1.200.000 đ", "1 200 000" and "1,200,000" are 1200000; "50,5 %" is 50.5. Anything
 * else is kept as written, for the server to name.
 */
export function plainNumber(text: string | null): string | null {
  if (text === null) return null;
  const bare = text.replace(/\s|\u00a0/g, "").replace(/(đồng|đ|vnd|vnđ|%)$/i, "");
  if (/^\d+$/.test(bare)) return bare;
  // amounts of đồng have no decimals: groups of three after "." or "," are thousands
  if (/^\d{1,3}(\.\d{3})+$/.test(bare) || /^\d{1,3}(,\d{3})+$/.test(bare)) return bare.replace(/[.,]/g, "");
  if (/^\d+[.,]\d+$/.test(bare)) return bare.replace(",", ".");
  return text;
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  "ho gia dinh": "household", "ho": "household", household: "household",
  "ca nhan": "person", person: "person", individual: "person",
  "to chuc": "organisation", organisation: "organisation", organization: "organisation", "doanh nghiep": "organisation",
};

const ORIGIN_WORDS: Readonly<Record<string, string>> = {
  "giao dat": "allocated", "nha nuoc giao dat": "allocated", "duoc giao": "allocated", allocated: "allocated",
  "thue dat": "leased", "thue": "leased", "nha nuoc cho thue dat": "leased", leased: "leased",
  "cong nhan": "recognised", "cong nhan qsdd": "recognised", "cong nhan quyen su dung dat": "recognised", recognised: "recognised",
  "nhan chuyen nhuong": "transferred", "chuyen nhuong": "transferred", transferred: "transferred",
  "thua ke": "inherited", "nhan thua ke": "inherited", inherited: "inherited",
  "tang cho": "donated", "nhan tang cho": "donated", donated: "donated",
  "dat cong ich": "public_land", "cong ich": "public_land", "public land": "public_land", public_land: "public_land",
  "chua xac dinh": "unknown", "khong ro": "unknown", unknown: "unknown",
};

/** A kind or an origin word as its id ("Hộ gia đình" → household); other text is kept as written. */
function wordId(words: Readonly<Record<string, string>>, text: string | null): string | null {
  if (text === null) return null;
  return words[foldHeader(text)] ?? words[text.trim().toLowerCase()] ?? text;
}

/** The row of `cells` under `mapping`, as sent; null when the row is empty. */
export function rowOf(n: number, cells: readonly Cell[], mapping: HouseholdMapping): HouseholdImportRow | null {
  const out: Record<string, string | number | null> = { n };
  let any = false;
  for (const field of HOUSEHOLD_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    let text = cellText(cells[column]);
    if (text !== null) any = true;
    if (field === "party_kind") text = wordId(KIND_WORDS, text);
    else if (field === "origin") text = wordId(ORIGIN_WORDS, text);
    else if (field === "share_pct" || AMOUNT_FIELDS.includes(field)) text = plainNumber(text);
    else if (field === "id_number" && text !== null) text = text.replace(/[\s.]/g, "");
    out[field] = text;
  }
  return any ? (out as HouseholdImportRow) : null;
}

/** The rows under the header row `headerRow`, numbered as the spreadsheet numbers them (1-based). */
export function rowsOf(table: readonly (readonly Cell[])[], headerRow: number, mapping: HouseholdMapping): HouseholdImportRow[] {
  const rows: HouseholdImportRow[] = [];
  for (let i = headerRow + 1; i < table.length; i++) {
    const row = rowOf(i + 1, table[i] ?? [], mapping);
    if (row) rows.push(row);
  }
  return rows;
}

/** A CSV file's text (UTF-8, with or without BOM; ";" or "," or tab) as a table of cells. */
export function csvTable(text: string): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const delimiter = [";", ",", "\t"].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  return csvRecords(body, delimiter);
}
