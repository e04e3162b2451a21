import { describe, expect, it } from "vitest";
import {
  checkPicked, fitWithin, formatFileSize, kindOf, MAX_DOCUMENT_BYTES, MAX_FILES, MAX_PHOTO_INPUT_BYTES,
  MAX_STORED_BYTES, objectPath, PHOTO_MAX_EDGE, storedName,
} from "@/domain/attachment-rules";

describe("kindOf", () => {
  it("takes images as photos and PDFs as documents, by type or, without one, by name", () => {
    expect(kindOf("image/jpeg", "a.jpg")).toBe("photo");
    expect(kindOf("image/heic", "IMG_1.HEIC")).toBe("photo");
    expect(kindOf("application/pdf", "bb.pdf")).toBe("document");
    expect(kindOf("", "Biên bản.PDF")).toBe("document");
    expect(kindOf("", "IMG_2.jpeg")).toBe("photo");
  });

  it("refuses markup, GIF and anything else", () => {
    expect(kindOf("image/svg+xml", "x.svg")).toBeNull();
    expect(kindOf("text/html", "x.html")).toBeNull();
    expect(kindOf("image/gif", "x.gif")).toBeNull();
    expect(kindOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "x.docx")).toBeNull();
    expect(kindOf("", "x.exe")).toBeNull();
  });
});

describe("checkPicked", () => {
  const photo = { type: "image/jpeg", name: "a.jpg", size: 5_000_000 };
  it("accepts a camera photo up to the input cap (it is resized after) and a PDF up to its cap", () => {
    expect(checkPicked(photo, 0)).toEqual({ ok: true, kind: "photo" });
    expect(checkPicked({ ...photo, size: MAX_PHOTO_INPUT_BYTES }, 0)).toEqual({ ok: true, kind: "photo" });
    expect(checkPicked({ type: "application/pdf", name: "b.pdf", size: MAX_DOCUMENT_BYTES }, 0)).toEqual({ ok: true, kind: "document" });
  });

  it("names the problem: type, too large (photo or document), empty, too many", () => {
    expect(checkPicked({ ...photo, size: MAX_PHOTO_INPUT_BYTES + 1 }, 0)).toEqual({ ok: false, problem: "photoTooLarge" });
    expect(checkPicked({ type: "application/pdf", name: "b.pdf", size: MAX_DOCUMENT_BYTES + 1 }, 0))
      .toEqual({ ok: false, problem: "documentTooLarge" });
    expect(checkPicked({ type: "text/html", name: "x.html", size: 10 }, 0)).toEqual({ ok: false, problem: "type" });
    expect(checkPicked({ ...photo, size: 0 }, 0)).toEqual({ ok: false, problem: "empty" });
    expect(checkPicked(photo, MAX_FILES)).toEqual({ ok: false, problem: "tooMany" });
  });

  it("keeps documents within what the server stores", () => {
    expect(MAX_DOCUMENT_BYTES).toBeLessThanOrEqual(MAX_STORED_BYTES);
  });
});

describe("fitWithin", () => {
  it("scales the longest edge down to the cap, keeping the proportions", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: PHOTO_MAX_EDGE, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: PHOTO_MAX_EDGE });
    expect(fitWithin(9000, 10)).toEqual({ width: PHOTO_MAX_EDGE, height: 2 });
  });

  it("never enlarges a small photo", () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(PHOTO_MAX_EDGE, PHOTO_MAX_EDGE)).toEqual({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE });
  });
});

describe("storedName", () => {
  it("names a resized photo .jpg and keeps a PDF's name", () => {
    expect(storedName("IMG_0001.HEIC", "image/jpeg")).toBe("IMG_0001.jpg");
    expect(storedName("ban-giao.png", "image/jpeg")).toBe("ban-giao.jpg");
    expect(storedName("Biên bản kiểm đếm.pdf", "application/pdf")).toBe("Biên bản kiểm đếm.pdf");
  });

  it("removes path separators and control characters, and caps the length keeping the extension", () => {
    expect(storedName("../../etc/x\u0000.pdf", "application/pdf")).toBe(".. .. etc x .pdf");
    const long = storedName(`${"a".repeat(300)}.pdf`, "application/pdf");
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
    expect(storedName("   ", "image/jpeg")).toBe("anh.jpg");
  });
});

describe("objectPath and formatFileSize", () => {
  it("puts the object under the first parcel, named by the file id with its type's extension", () => {
    expect(objectPath({ file_id: "f1", mime: "application/pdf", parcel_ids: ["p1", "p2"] })).toBe("p1/f1.pdf");
    expect(objectPath({ file_id: "f2", mime: "image/jpeg", parcel_ids: ["p3"] })).toBe("p3/f2.jpg");
    expect(() => objectPath({ file_id: "f", mime: "image/jpeg", parcel_ids: [] })).toThrow();
  });

  it("writes sizes the way each language does", () => {
    expect(formatFileSize(850 * 1024, "vi")).toBe("850 KB");
    expect(formatFileSize(2.4 * 1024 * 1024, "vi")).toBe("2,4 MB");
    expect(formatFileSize(2.4 * 1024 * 1024, "en")).toBe("2.4 MB");
  });
});
