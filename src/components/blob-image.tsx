// An <img> of bytes held in memory (a photo picked on the device, or downloaded with the user's
// session): the object URL is made when shown and freed when it goes or the bytes change.

import { useEffect, useRef } from "react";

/** The image of `blob`, with its text alternative. */
export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = img.current;
    if (!element) return undefined;
    const url = URL.createObjectURL(blob);
    element.src = url;
    return function revokeObjectUrl() {
      element.removeAttribute("src");
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return <img ref={img} alt={alt} className={className} />;
}
