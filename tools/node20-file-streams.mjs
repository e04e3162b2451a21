// @supabase/lite's filesystem storage adapter sends a file as FileHandle.readableWebStream().
// On Node 20 that stream yields ArrayBuffer chunks, which the HTTP server cannot write: every
// download of a stored photo ended with the socket closed after the headers. Newer Node yields
// Uint8Array; asking for a byte stream gives the same on Node 20. Loaded into the processes that
// serve the local backend (vite.config.ts localBackend(), tests/scripts/lite-backend.mjs).
import { open } from "node:fs/promises";

const handle = await open(new URL(import.meta.url), "r");
const FileHandle = Object.getPrototypeOf(handle);
await handle.close();
const original = FileHandle.readableWebStream;
if (original && !original.gpmbBytes) {
  const patched = function readableWebStream(options = {}) {
    return original.call(this, { type: "bytes", ...options });
  };
  patched.gpmbBytes = true;
  FileHandle.readableWebStream = patched;
}
