// Saving a file the page made: a link to the blob, clicked, then let go. Not in the DOM's tree,
// so nothing on the page changes.

/** Offers `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // revoked later, not at once: some browsers read the blob after the click has returned
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
