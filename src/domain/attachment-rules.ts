// The rules for photos and documents of an event, the same on the device and in the database
// (20261207090200_event_files.sql): which types, how large, how many, and how photos are resized.

import type { AttachmentKind, OutboxFile } from "@/domain/attachment-types";
import type { Lang } from "@/domain/lang";

/** The bucket that holds the files (private). */
export const EVENT_FILES_BUCKET = "event-files";

/** Types a photo may have once prepared (the server accepts these). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** Types a document may have. */
export const DOCUMENT_TYPES = ["application/pdf"] as const;
/** What the file picker offers. */
export const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf";

/**
 * The longest edge of a photo after resizing. Large enough to read a signature or the handwriting
 * of minutes photographed whole; small enough for a weak rural connection.
 */
export const PHOTO_MAX_EDGE = 1600;
/** JPEG quality of a resized photo (0..1). */
export const PHOTO_QUALITY = 0.8;

const MIB = 1024 * 1024;
/** A photo straight from a phone's camera may be this large before resizing. */
export const MAX_PHOTO_INPUT_BYTES = 40 * MIB;
/** A PDF is sent as it is, so it must already be small enough. */
export const MAX_DOCUMENT_BYTES = 10 * MIB;
/** What the server stores at most per file (the bucket's limit). */
export const MAX_STORED_BYTES = 12 * MIB;
/** Files per change. */
export const MAX_FILES = 6;

/** Why a picked file is refused. */
export type PickProblem = "type" | "photoTooLarge" | "documentTooLarge" | "empty" | "tooMany";

/** The kind of a picked file from its type (and its name, where the phone gives no type), or null. */
export function kindOf(type: string, name: string): AttachmentKind | null {
  const t = type.toLowerCase();
  if (t.startsWith("image/") && t !== "image/svg+xml" && t !== "image/gif") return "photo";
  if (t === "application/pdf") return "document";
  if (t === "") {
    const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
    if (ext === "pdf") return "document";
    if (ext && ["jpg", "jpeg", "png", "webp", "heic", "heif"].includes(ext)) return "photo";
  }
  return null;
}

/** Checks one picked file, `already` files being chosen before it; its kind, or the problem. */
export function checkPicked(
  file: { type: string; name: string; size: number },
  already: number,
): { ok: true; kind: AttachmentKind } | { ok: false; problem: PickProblem } {
  if (already >= MAX_FILES) return { ok: false, problem: "tooMany" };
  const kind = kindOf(file.type, file.name);
  if (!kind) return { ok: false, problem: "type" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  if (kind === "photo" && file.size > MAX_PHOTO_INPUT_BYTES) return { ok: false, problem: "photoTooLarge" };
  if (kind === "document" && file.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: "documentTooLarge" };
  return { ok: true, kind };
}

/** The size a photo is drawn at: within PHOTO_MAX_EDGE on its longest edge, never enlarged. */
export function fitWithin(width: number, height: number, maxEdge = PHOTO_MAX_EDGE): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxEdge || longest === 0) return { width, height };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The name a file is kept under: control characters and path separators removed, at most 200
 * characters, and a resized photo ends in ".jpg" (it is a JPEG now, whatever it was).
 */
export function storedName(name: string, mime: string): string {
  let clean = [...name].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || c === "/" || c === "\\" ? " " : c))
    .join("").replace(/\s+/g, " ").trim();
  if (mime === "image/jpeg") clean = clean.replace(/\.(jpe?g|png|webp|heic|heif)$/i, "") + ".jpg";
  if (clean === "" || clean === ".jpg") clean = mime === "image/jpeg" ? "anh.jpg" : "tai-lieu.pdf";
  if (clean.length <= 200) return clean;
  const ext = /\.[a-z0-9]{1,5}$/i.exec(clean)?.[0] ?? "";
  return clean.slice(0, 200 - ext.length) + ext;
}

/** The extension of the object a stored file is kept in (it gives the type it is served with). */
export function extensionFor(mime: string): "jpg" | "png" | "webp" | "pdf" {
  if (mime === "image/png") return "png";
  if (mime === "image/webp") return "webp";
  if (mime === "application/pdf") return "pdf";
  return "jpg";
}

/** The object's name in the bucket: under the file's first parcel, named by the file's id. */
export function objectPath(file: Pick<OutboxFile, "file_id" | "mime" | "parcel_ids">): string {
  const parcel = file.parcel_ids[0];
  if (!parcel) throw new Error("a file needs at least one parcel");
  return `${parcel}/${file.file_id}.${extensionFor(file.mime)}`;
}

/** A size for people: "850 KB", "2,4 MB" (Vietnamese decimal comma) or "2.4 MB". */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${lang === "vi" ? mb.replace(".", ",") : mb} MB`;
}
