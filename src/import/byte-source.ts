// The source object shapefile's readers take (the stream-like interface of its array-source
// dependency), written here so src/import depends only on the libraries it declares.

/** A one-chunk source over bytes: the first read yields them all, the next says done. */
export function byteSource(bytes: Uint8Array): { read(): Promise<{ done: boolean; value: Uint8Array | undefined }>; cancel(): Promise<void> } {
  let rest: Uint8Array | null = bytes;
  return {
    read() {
      const value = rest;
      rest = null;
      return Promise.resolve(value ? { done: false, value } : { done: true, value: undefined });
    },
    cancel() {
      rest = null;
      return Promise.resolve();
    },
  };
}
