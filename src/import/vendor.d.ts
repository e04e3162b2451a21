// Types for the parsing libraries' modules that ship none, limited to what src/import uses.

declare module "vietnamese-conversion/dist/charsets.js" {
  /** Parallel tables: the same index is the same letter in each charset (strings of Latin-1 chars). */
  const charsets: { readonly UNICODE: readonly string[]; readonly VNI: readonly string[]; readonly TCVN3: readonly string[] };
  export default charsets;
}

declare module "wellknown" {
  /** The GeoJSON geometry of a WKT string, or null when it cannot be parsed. */
  export function parse(wkt: string): { type: string; coordinates?: unknown; geometries?: unknown[] } | null;
}

declare module "shapefile/shp/index.js" {
  interface ShpReader {
    readonly bbox: [number, number, number, number];
    read(): Promise<{ done: boolean; value: { type: string; coordinates: unknown } | null | undefined }>;
  }
  export default function shp(source: unknown): Promise<ShpReader>;
}

declare module "shapefile/dbf/index.js" {
  interface DbfReader {
    readonly _fields: readonly { name: string; type: string; length: number }[];
    read(): Promise<{ done: boolean; value: Record<string, string | number | boolean | Date | null> | undefined }>;
  }
  export default function dbf(source: unknown, decoder: { decode(bytes: Uint8Array): string }): Promise<DbfReader>;
}
