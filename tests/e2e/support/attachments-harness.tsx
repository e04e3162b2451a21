// Loaded into the running app page by tests/e2e/attachments.test.ts (Vite serves it): mounts the
// officer's <AttachmentPicker> in a box over the map, as H1's confirmation will hold it, and
// sends the chosen files with a fresh event through the app's own client and session.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { i18n } from "@/app/i18n/i18n";
import { sendEventFile } from "@/data/event-files";
import { supabase } from "@/data/supabase-client";
import type { FileAnswer, PreparedFile } from "@/domain/attachment-types";
import { AttachmentPicker } from "@/features/attachments/attachment-picker";

let chosen: PreparedFile[] = [];

function Harness() {
  const [files, setFiles] = useState<PreparedFile[]>([]);
  return (
    <AttachmentPicker files={files} onChange={(next) => {
      chosen = next;
      setFiles(next);
    }} />
  );
}

/** Mounts the picker in a box with the given test id. */
export function mountPicker(): void {
  const box = document.createElement("div");
  box.dataset.testid = "picker-box";
  box.style.cssText = "position:fixed;top:4rem;left:0.5rem;right:0.5rem;max-width:26rem;z-index:5000;" +
    "background:#fff;padding:0.75rem;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.3)";
  document.body.append(box);
  createRoot(box).render(<StrictMode><I18nextProvider i18n={i18n}><Harness /></I18nextProvider></StrictMode>);
}

/** The chosen files' facts, and each photo's pixel size. */
export async function chosenFiles() {
  return Promise.all(chosen.map(async (f) => {
    const size = f.kind === "photo" ? await createImageBitmap(f.blob).then((b) => ({ w: b.width, h: b.height })) : null;
    return { name: f.name, mime: f.mime, kind: f.kind, size: f.size, pixels: size };
  }));
}

/** Records an event on the parcel and sends the chosen files with it; their answers. */
export async function sendChosen(parcelId: string, version: number): Promise<FileAnswer[]> {
  const client = await supabase();
  const eventId = crypto.randomUUID();
  const { data, error } = await client.rpc("record_parcel_events", {
    events: [{ event_id: eventId, parcel_id: parcelId, expected_version: version, to_stage: "dialogue" }],
  });
  if (error) throw new Error(error.message);
  const [answer] = data as { status: string }[];
  if (answer?.status !== "applied") throw new Error(`event ${answer?.status}`);
  const answers: FileAnswer[] = [];
  for (const f of chosen) answers.push(await sendEventFile({ ...f, event_ids: [eventId], parcel_ids: [parcelId] }));
  return answers;
}

/** A JPEG of the given size drawn here, as base64 (a stand-in for a camera's photo). */
export async function cameraJpeg(width: number, height: number): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext("2d")!;
  const gradient = g.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, "#3b7d3a");
  gradient.addColorStop(1, "#c9b458");
  g.fillStyle = gradient;
  g.fillRect(0, 0, width, height);
  for (let i = 0; i < 400; i++) {
    g.fillStyle = `hsl(${(i * 37) % 360} 60% 50%)`;
    g.fillRect((i * 97) % width, (i * 53) % height, 60, 40);
  }
  const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.95 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}
