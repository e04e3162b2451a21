// The floor of the import bench: the least a worker does to read the same zipped Shapefile —
// fflate's unzip and shapefile's bare read loop over .shp and .dbf, keeping nothing.

import openDbf from "shapefile/dbf/index.js";
import openShp from "shapefile/shp/index.js";
import { unzipSync } from "fflate";
import { byteSource } from "@/import/byte-source";

self.onmessage = async (event: MessageEvent<File>) => {
  const files = unzipSync(new Uint8Array(await event.data.arrayBuffer()));
  const name = Object.keys(files).find((n) => n.endsWith(".shp"))!;
  const shp = await openShp(byteSource(files[name]!));
  const dbf = await openDbf(byteSource(files[name.replace(/\.shp$/, ".dbf")]!), new TextDecoder("windows-1252"));
  let records = 0;
  for (;;) {
    const [s, d] = await Promise.all([shp.read(), dbf.read()]);
    if (s.done || d.done) break;
    records++;
  }
  postMessage(records);
};
