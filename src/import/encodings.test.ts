import { describe, expect, it } from "vitest";
import { LEGACY_TEXTS } from "../../tests/support/import-fixtures";
import { byteString, decodeText, encodingCandidates, encodingOfCpg, tcvn3CapitalsLost } from "@/import/encodings";
import type { RawFeature } from "@/import/raw-feature";

const bytes = (list: readonly number[]) => byteString(new Uint8Array(list));

describe("decodeText on real byte strings", () => {
  it("reads TCVN3 bytes", () => {
    for (const t of [LEGACY_TEXTS.datO, LEGACY_TEXTS.nguyenVanAn, LEGACY_TEXTS.tranThiHuong]) {
      expect(decodeText(bytes(t.tcvn3), "tcvn3")).toBe(t.unicode);
    }
  });

  it("reads VNI bytes, two-byte letters included (ở, ầ, ơ after ư)", () => {
    for (const t of [LEGACY_TEXTS.datO, LEGACY_TEXTS.nguyenVanAn, LEGACY_TEXTS.tranThiHuong]) {
      expect(decodeText(bytes(t.vni), "vni")).toBe(t.unicode);
    }
  });

  it("reads Windows-1258 (combining marks) as NFC and UTF-8", () => {
    // Đ â U+0301 t space ơ U+0309
    expect(decodeText(bytes([0xd0, 0xe2, 0xec, 0x74, 0x20, 0xf5, 0xd2]), "windows-1258")).toBe("Đất ở".normalize("NFC"));
    expect(decodeText(byteString(new TextEncoder().encode("Đất ở")), "utf-8")).toBe("Đất ở");
  });

  it("keeps every byte: a byte string round-trips", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const s = byteString(all);
    expect([...s].map((c) => c.charCodeAt(0))).toEqual([...all]);
  });

  it("leaves TCVN3 capitals as read (lower case) and says so", () => {
    const read = decodeText(bytes(LEGACY_TEXTS.nguyenCaps.tcvn3), "tcvn3");
    expect(read).toBe(LEGACY_TEXTS.nguyenCaps.unicodeAsRead);
    expect(tcvn3CapitalsLost([read])).toBe(true);
    expect(tcvn3CapitalsLost(["Nguyễn Văn An", "NGUYEN", 12, null])).toBe(false);
  });
});

function features(values: readonly string[]): RawFeature[] {
  return values.map((v, i) => ({ row: i + 1, geometry: null, attributes: { TEN: v, SO: i } }));
}

describe("encodingCandidates", () => {
  it("assumes TCVN3 for TCVN3 bytes and shows every candidate's preview", () => {
    const { assumed, candidates } = encodingCandidates(features([bytes(LEGACY_TEXTS.nguyenVanAn.tcvn3), bytes(LEGACY_TEXTS.tranThiHuong.tcvn3), bytes(LEGACY_TEXTS.datO.tcvn3)]), null);
    expect(assumed).toBe("tcvn3");
    expect(candidates[0]?.encoding).toBe("tcvn3");
    expect(candidates[0]?.preview[1]).toEqual({ TEN: "Trần Thị Hương", SO: 1 });
    expect(candidates.map((c) => c.encoding).sort()).toEqual(["tcvn3", "vni", "windows-1258"]);
  });

  it("assumes VNI for VNI bytes", () => {
    const { assumed } = encodingCandidates(features([bytes(LEGACY_TEXTS.nguyenVanAn.vni), bytes(LEGACY_TEXTS.tranThiHuong.vni), bytes(LEGACY_TEXTS.datO.vni)]), null);
    expect(assumed).toBe("vni");
  });

  it("assumes UTF-8 for UTF-8 bytes, and respects the .cpg", () => {
    const utf = features(["Nguyễn Văn An", "Đất ở"].map((s) => byteString(new TextEncoder().encode(s))));
    expect(encodingCandidates(utf, null).assumed).toBe("utf-8");
    const ascii = features(["Nguyen", "Tran"]);
    expect(encodingCandidates(ascii, "windows-1258").assumed).toBe("windows-1258");
    expect(encodingCandidates(ascii, null).assumed).toBe("utf-8");
  });

  it("maps .cpg names", () => {
    expect(encodingOfCpg("UTF-8\n")).toBe("utf-8");
    expect(encodingOfCpg("65001")).toBe("utf-8");
    expect(encodingOfCpg("1258")).toBe("windows-1258");
    expect(encodingOfCpg("1252")).toBeNull();
  });
});
