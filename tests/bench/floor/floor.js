// The floor pages of `npm run bench:map`. Without a query: the province view, with the requests
// sent by the app's own entry code (src/data/early-requests.ts), then Leaflet loaded and the
// layers drawn (?lang=en formats the shares in English). With ?v=lat,lng,zoom&p=<parcel id>: a
// deep link at street zoom, the parcels of the tiles in view (the same RPC and tiles as the app)
// drawn in plain Leaflet, and the open parcel's heading.
import { sendEarlyRequests, takeEarlyAnswer } from "@/data/early-requests";

const search = new URLSearchParams(location.search);
if (search.has("p")) {
  const [{ drawParcels }] = await Promise.all([import("./parcels.js")]);
  await drawParcels(search);
} else {
  sendEarlyRequests();
  const data = Promise.all([
    takeEarlyAnswer("projects"),
    takeEarlyAnswer("progress-by-project"),
    takeEarlyAnswer("province"),
    takeEarlyAnswer("districts"),
  ]);
  const { drawProvince } = await import("./draw.js");
  drawProvince(await data, search.get("lang") === "en" ? "en-GB" : "vi-VN");
}
