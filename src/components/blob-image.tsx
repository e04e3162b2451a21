// An <img> of bytes held in memory (a photo picked on the device, or downloaded with the user's
// session). Shown as a data: URL, not an object URL: the production Content-Security-Policy
// allows images from 'self', data: and the tiles only (tools/content-security-policy.ts).

import { useEffect, useRef } from "react";

/** The image of `blob`, with its text alternative. */
export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = img.current;
    if (!element) return undefined;
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === "string") element.src = reader.result;
    };
    reader.readAsDataURL(blob);
    return function stopReading() {
      reader.onload = null;
      if (reader.readyState === FileReader.LOADING) reader.abort();
      element.removeAttribute("src");
    };
  }, [blob]);
  return <img ref={img} alt={alt} className={className} />;
}
