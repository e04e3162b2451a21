import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_DOCUMENT_BYTES, MAX_FILES, PHOTO_MAX_EDGE, PHOTO_QUALITY } from "@/domain/attachment-rules";
import { prepareFiles } from "@/features/attachments/prepare-files";

// Node has no decoder or canvas: a stand-in bitmap of the given size, and a canvas that records
// what it was asked to draw and encode.
const drawn: { width: number; height: number; type: string; quality: number }[] = [];
function fakeImages(width: number, height: number, encodedBytes = 300_000, decodes = true) {
  vi.stubGlobal("createImageBitmap", vi.fn(() =>
    decodes ? Promise.resolve({ width, height, close: () => undefined }) : Promise.reject(new Error("cannot decode"))));
  vi.stubGlobal("OffscreenCanvas", class {
    constructor(readonly width: number, readonly height: number) {}
    getContext() {
      return { drawImage: () => undefined };
    }
    convertToBlob({ type, quality }: { type: string; quality: number }) {
      drawn.push({ width: this.width, height: this.height, type, quality });
      return Promise.resolve(new Blob([new Uint8Array(encodedBytes)], { type }));
    }
  });
}

const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type });
let n = 0;
const ids = () => `id-${++n}`;

afterEach(() => {
  vi.unstubAllGlobals();
  drawn.length = 0;
});

describe("prepareFiles", () => {
  it("redraws a camera photo within the max edge as JPEG at the chosen quality, and renames it .jpg", async () => {
    fakeImages(4032, 3024);
    const { prepared, refused } = await prepareFiles([file("IMG_1.HEIC", "image/heic", 3_000_000)], 0, ids);
    expect(refused).toEqual([]);
    expect(drawn).toEqual([{ width: PHOTO_MAX_EDGE, height: 1200, type: "image/jpeg", quality: PHOTO_QUALITY }]);
    expect(prepared[0]).toMatchObject({ name: "IMG_1.jpg", mime: "image/jpeg", kind: "photo", size: 300_000 });
  });

  it("keeps a PDF as it is and refuses one over its cap", async () => {
    fakeImages(10, 10);
    const pdf = file("Biên bản.pdf", "application/pdf", 2000);
    const { prepared, refused } = await prepareFiles([pdf, file("to.pdf", "application/pdf", MAX_DOCUMENT_BYTES + 1)], 0, ids);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toMatchObject({ name: "Biên bản.pdf", mime: "application/pdf", kind: "document", size: 2000 });
    expect(prepared[0]!.blob).toBe(pdf);
    expect(refused).toEqual([{ name: "to.pdf", problem: "documentTooLarge" }]);
    expect(drawn).toHaveLength(0);
  });

  it("refuses what the browser cannot decode, what stays too large, other types, and past the count", async () => {
    fakeImages(100, 100, 1000, false);
    expect((await prepareFiles([file("x.heic", "image/heic", 100)], 0, ids)).refused).toEqual([{ name: "x.heic", problem: "unreadable" }]);
    fakeImages(100, 100, 13 * 1024 * 1024);
    expect((await prepareFiles([file("big.png", "image/png", 100)], 0, ids)).refused).toEqual([{ name: "big.png", problem: "stillTooLarge" }]);
    fakeImages(100, 100);
    const { prepared, refused } = await prepareFiles(
      [file("a.html", "text/html", 10), file("a.jpg", "image/jpeg", 10), file("b.jpg", "image/jpeg", 10)], MAX_FILES - 1, ids);
    expect(prepared.map((p) => p.name)).toEqual(["a.jpg"]);
    expect(refused).toEqual([{ name: "a.html", problem: "type" }, { name: "b.jpg", problem: "tooMany" }]);
  });
});
