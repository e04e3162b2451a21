// Turns files the officer picked or photographed into PreparedFiles: checked against the caps,
// photos decoded and redrawn at most PHOTO_MAX_EDGE on a canvas and encoded as JPEG (which also
// leaves out the camera's metadata, such as where the phone was), documents kept as they are.

import {
  checkPicked, fitWithin, MAX_STORED_BYTES, PHOTO_QUALITY, storedName, type PickProblem,
} from "@/domain/attachment-rules";
import type { PreparedFile } from "@/domain/attachment-types";

/** A picked file that could not be used, and why. */
export interface PickRefusal {
  name: string;
  problem: PickProblem | "unreadable" | "stillTooLarge";
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== "undefined") {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: "image/jpeg", quality: PHOTO_QUALITY });
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2d context");
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("toBlob gave nothing"))), "image/jpeg", PHOTO_QUALITY));
}

/** A photo resized within PHOTO_MAX_EDGE as JPEG; throws if the browser cannot decode it. */
export async function resizePhoto(file: Blob): Promise<Blob> {
  // from-image: a portrait photo from a phone is turned the way it was taken (EXIF orientation)
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    return await encodeJpeg(bitmap, width, height);
  } finally {
    bitmap.close();
  }
}

/** Prepares `picked` after the `already` files chosen before; the ones kept and the ones refused. */
export async function prepareFiles(
  picked: readonly File[],
  already: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<{ prepared: PreparedFile[]; refused: PickRefusal[] }> {
  const prepared: PreparedFile[] = [];
  const refused: PickRefusal[] = [];
  for (const file of picked) {
    const check = checkPicked(file, already + prepared.length);
    if (!check.ok) {
      refused.push({ name: file.name, problem: check.problem });
      continue;
    }
    let blob: Blob = file;
    let mime = file.type || "application/pdf";
    if (check.kind === "photo") {
      try {
        blob = await resizePhoto(file);
        mime = "image/jpeg";
      } catch {
        refused.push({ name: file.name, problem: "unreadable" });
        continue;
      }
    }
    if (blob.size > MAX_STORED_BYTES) {
      refused.push({ name: file.name, problem: "stillTooLarge" });
      continue;
    }
    prepared.push({ file_id: newId(), name: storedName(file.name, mime), mime, kind: check.kind, size: blob.size, blob });
  }
  return { prepared, refused };
}
