// Text of attribute tables in the encodings Vietnamese offices use. Readers keep text as byte
// strings (one char per byte, lossless); this module turns them into Unicode for one encoding,
// scores the candidates and gives the page its previews. TCVN3 and VNI use vietnamese-conversion's
// tables, read longest sequence first in one pass: the library's own toUnicode replaces single
// characters before the two-character VNI sequences that contain them ("ơû" for "ở"), and costs
// hundreds of regular-expression passes per string.

import charsetsModule from "vietnamese-conversion/dist/charsets.js";
import type { EncodingCandidate, TextEncoding } from "@/domain/import-types";
import type { RawFeature, RawValue } from "@/import/raw-feature";

type Charsets = typeof charsetsModule;
// A CommonJS module with `exports.default`: Node and Vite's dev server hand over that default,
// the production bundle the whole exports object.
const charsets: Charsets = "UNICODE" in charsetsModule ? charsetsModule : (charsetsModule as unknown as { default: Charsets }).default;

export const TEXT_ENCODINGS: readonly TextEncoding[] = ["utf-8", "windows-1258", "tcvn3", "vni"];

/** The bytes of a byte string (each char's code is one byte). */
export function bytesOf(raw: string): Uint8Array {
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i) & 0xff;
  return bytes;
}

/** A byte string of the bytes: lossless for every byte, and what the TCVN3/VNI tables are written in. */
export function byteString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

type Table = { readonly one: ReadonlyMap<string, string>; readonly two: ReadonlyMap<string, string> };

function table(codes: readonly string[], overrides: Readonly<Record<string, string>>, withTwo: boolean): Table {
  const one = new Map<string, string>();
  const two = new Map<string, string>();
  charsets.UNICODE.forEach((letter, i) => {
    const code = overrides[letter] ?? codes[i];
    if (!code) return;
    const target = code.length === 1 ? one : two;
    if (code.length > 2 || (code.length === 2 && !withTwo) || target.has(code)) return;
    target.set(code, letter);
  });
  return { one, two };
}

// VNI writes ỷ ỹ as y + hook / tilde; the library's table has them as single bytes shared with ì.
const VNI = table(charsets.VNI, { "ỷ": "yû", "ỹ": "yõ", "Ỷ": "YÛ", "Ỹ": "YÕ" }, true);
// TCVN3 has no capitals with a tone mark: "Aµ" is A followed by à, so its two-character entries are left out.
const TCVN3 = table(charsets.TCVN3, {}, false);

function viaTable(raw: string, t: Table): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c.charCodeAt(0) < 0x80 && (i + 1 >= raw.length || raw.charCodeAt(i + 1) < 0x80)) {
      out += c;
      continue;
    }
    const pair = i + 1 < raw.length ? t.two.get(c + raw[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += t.one.get(c) ?? c;
    }
  }
  return out.normalize("NFC");
}

const utf8 = new TextDecoder("utf-8");
const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
let cp1258: TextDecoder | null = null;

function isAscii(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The Unicode (NFC) text of a byte string read in `encoding`. */
export function decodeText(raw: string, encoding: TextEncoding): string {
  if (isAscii(raw)) return raw;
  switch (encoding) {
    case "utf-8":
      return utf8.decode(bytesOf(raw)).normalize("NFC");
    case "windows-1258":
      cp1258 ??= new TextDecoder("windows-1258");
      return cp1258.decode(bytesOf(raw)).normalize("NFC");
    case "tcvn3":
      return viaTable(raw, TCVN3);
    case "vni":
      return viaTable(raw, VNI);
  }
}

/** The encoding a .cpg file names, when it is one of ours. */
export function encodingOfCpg(text: string): "utf-8" | "windows-1258" | null {
  const name = text.trim().toLowerCase().replace(/[\s_]/g, "");
  if (["utf-8", "utf8", "65001"].includes(name)) return "utf-8";
  if (["1258", "windows-1258", "cp1258", "ansi1258"].includes(name)) return "windows-1258";
  return null;
}

const VIETNAMESE_LETTERS = new Set(charsets.UNICODE.join("") + "ĂÂĐÊÔƠƯăâđêôơư");
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * How Vietnamese a decoded text looks: +1 per word with non-ASCII letters that are all Vietnamese
 * letters and at most one tone mark, −1 per other word with non-ASCII characters.
 */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s,.;:()/\\-]+/)) {
    if (isAscii(word)) continue;
    let letters = true;
    for (const c of word) {
      if (c.charCodeAt(0) >= 0x80 && !VIETNAMESE_LETTERS.has(c)) {
        letters = false;
        break;
      }
    }
    const tones = (word.normalize("NFD").match(TONE_MARKS) ?? []).length;
    score += letters && tones <= 1 ? 1 : -1;
  }
  return score;
}

/** The text values of the first features, the sample the score reads. */
function sampleTexts(features: readonly RawFeature[], limit: number): string[] {
  const out: string[] = [];
  for (const f of features.slice(0, limit)) {
    for (const v of Object.values(f.attributes)) if (typeof v === "string" && !isAscii(v)) out.push(v);
  }
  return out;
}

/** Decodes a row's attributes in one encoding (numbers and booleans pass through). */
export function decodeAttributes(
  attributes: Readonly<Record<string, RawValue>>,
  encoding: TextEncoding | null,
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(attributes)) {
    // Keys stay as read: they are the columns the mapping names (.dbf field names are ASCII in practice).
    out[key] = typeof value === "string" ? (encoding ? decodeText(value, encoding) : value)
      : typeof value === "boolean" ? String(value) : value;
  }
  return out;
}

/** Rows of preview per candidate. */
export const PREVIEW_ROWS = 5;

/**
 * The candidate encodings, most likely first, each with its preview, and the one assumed: the
 * .cpg's when it names one that decodes, else the best score (UTF-8 on a tie: plain ASCII).
 */
export function encodingCandidates(
  features: readonly RawFeature[],
  cpg: "utf-8" | "windows-1258" | null,
): { candidates: EncodingCandidate[]; assumed: TextEncoding } {
  const sample = sampleTexts(features, 500);
  const joined = sample.join("\n");
  const validUtf8 = (() => {
    try {
      utf8Fatal.decode(bytesOf(joined));
      return true;
    } catch {
      return false;
    }
  })();
  const scored = TEXT_ENCODINGS
    .filter((e) => e !== "utf-8" || validUtf8)
    .map((encoding, index) => ({
      encoding,
      index,
      score: sample.reduce((sum, s) => sum + vietnameseScore(decodeText(s, encoding)), 0),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const cpgUsable = cpg !== null && scored.some((s) => s.encoding === cpg);
  const assumed = cpgUsable ? cpg : (scored[0]?.encoding ?? "windows-1258");
  const ordered = [...scored].sort((a, b) => Number(b.encoding === assumed) - Number(a.encoding === assumed));
  const head = features.slice(0, PREVIEW_ROWS);
  return {
    assumed,
    candidates: ordered.map(({ encoding }) => ({ encoding, preview: head.map((f) => decodeAttributes(f.attributes, encoding)) })),
  };
}

const LOWER_TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

/**
 * True when TCVN3 text seems to have lost capitals: a word in capitals with a lower-case toned
 * letter inside ("NGUYễN"), as TCVN3 has no capitals with a tone mark. The page warns; the text
 * is not changed, as the right capital cannot be known for sure.
 */
export function tcvn3CapitalsLost(values: readonly (string | number | null)[]): boolean {
  return values.some((v) => typeof v === "string" && v.split(/\s+/).some((word) => {
    if (!LOWER_TONED.test(word)) return false;
    const plain = word.replace(new RegExp(LOWER_TONED, "gu"), "");
    return plain.length > 0 && plain === plain.toUpperCase() && plain !== plain.toLowerCase();
  }));
}
