// A small rotating ring for "working…" states; decorative, the text beside it says what happens.

/** A decorative spinner; pair it with visible or live-region text. */
export function Spinner({ size = "1em" }: { size?: string }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}
